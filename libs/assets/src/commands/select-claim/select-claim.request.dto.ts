/** Selecting a claim needs no body: the claim is named in the path. */
export class SelectClaimRequestDto {}

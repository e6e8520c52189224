/** Confirming a handover needs no body: the side follows from who confirms. */
export class ConfirmHandoverRequestDto {}

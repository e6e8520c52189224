export * from './projection';
export * from './schema';
export * from './asset-register/asset-register.entity';
export * from './asset-register/asset-register.projection';
export * from './asset-register/asset-register.queries';
export * from './asset-register/asset.view';
export * from './asset-register/search-assets.query.dto';
export * from './checkpoints/projection-checkpoint.entity';

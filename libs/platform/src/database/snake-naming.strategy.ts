import { DefaultNamingStrategy, NamingStrategyInterface } from 'typeorm';

/** `assetNo` → `asset_no`: the columns' database names follow from the property names. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Column names in snake_case unless an entity names a column itself; tables, keys and indexes as TypeORM names them. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, embeddedPrefixes: string[]): string {
    return customName ?? snakeCase([...embeddedPrefixes, propertyName].join('_'));
  }
}

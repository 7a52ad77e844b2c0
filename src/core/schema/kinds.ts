// The kinds a place, an actor and an area can be: a module of their own, so
// that forms can list them without loading the schema and its checker.

export const PLACE_KINDS = ['capital', 'city', 'town', 'site', 'base', 'region', 'country', 'sea'] as const;
export const ACTOR_KINDS = ['state', 'government', 'person', 'company', 'organization', 'military', 'weapon', 'group'] as const;
export const AREA_KINDS = ['range'] as const;

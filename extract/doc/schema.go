package doc

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of the output contract: one
// document or one error record.
//
//go:embed schema.json
var Schema []byte

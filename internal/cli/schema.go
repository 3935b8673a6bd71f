package cli

import (
	"github.com/spf13/cobra"

	"github.com/newsx/newsx/extract/doc"
)

func newSchemaCmd(s *Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the output contract",
		Long: `Schema prints the JSON Schema (draft 2020-12) that every document and error
record newsx writes conforms to (output contract version 1). Validate output
with any JSON Schema tool, one JSON Lines record at a time.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := s.Out.Write(doc.Schema)
			return err
		},
	}
}

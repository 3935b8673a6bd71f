package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the entity stage lands; replaced by its implementation.
func newEvalNERCmd(s *Streams) *cobra.Command {
	return &cobra.Command{Use: "ner GOLD.conll", Short: "Score entity recognition against a CoNLL file",
		RunE: func(*cobra.Command, []string) error { return errors.New("not built yet") }}
}

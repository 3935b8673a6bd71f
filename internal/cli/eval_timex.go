package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the temporal tagger lands; replaced by its implementation.
func newEvalTimexCmd(s *Streams) *cobra.Command {
	return &cobra.Command{Use: "timex ROWS.jsonl", Short: "Score the temporal tagger against gold rows",
		RunE: func(*cobra.Command, []string) error { return errors.New("not built yet") }}
}

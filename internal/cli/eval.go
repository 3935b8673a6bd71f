package cli

import "github.com/spf13/cobra"

func newEvalCmd(s *Streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score newsx against gold files (NER in CoNLL, time expressions in JSON Lines)",
	}
	cmd.AddCommand(newEvalNERCmd(s), newEvalTimexCmd(s))
	return cmd
}

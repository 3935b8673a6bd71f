package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/timex"
)

// newEvalTimexCmd scores the temporal tagger against gold rows in the
// format of the Duckling Arabic time corpus.
func newEvalTimexCmd(s *Streams) *cobra.Command {
	var ref string
	var errs bool
	cmd := &cobra.Command{
		Use:   "timex ROWS.jsonl",
		Short: "Score the temporal tagger against gold rows",
		Long: `Score the temporal tagger on JSON Lines rows {"text", "grain", "kind",
"value" | "start"/"end"}: each row's text is one record, the expression that
covers most of it is compared with the gold value at the gold grain (both
ends of an interval, end exclusive). A bare weekday or month may resolve to
its past or its future occurrence. Prints the accuracy; --errors lists the
misses.`,
		Example: `  newsx eval timex ../shared/eval/duckling-ar-time.dev.jsonl --errors`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := extract.ParseReference(ref)
			if err != nil {
				return usagef("--ref: %v", err)
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			rows, err := timex.ReadRows(f)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			res := timex.Eval(rows, r)
			if errs {
				for _, m := range res.Misses {
					gold := fmt.Sprint(m.Row.Value)
					if m.Row.Kind == "interval" {
						gold = fmt.Sprintf("%v/%v", m.Row.Start, m.Row.End)
					}
					fmt.Fprintf(s.Out, "MISS\t%s\tgold=%s@%s\tspan=%q\tgot=%s\n", m.Row.Text, gold, m.Row.Grain, m.Span, m.Got)
				}
			}
			fmt.Fprintf(s.Out, "accuracy %.2f%% (%d/%d)\n", 100*res.Accuracy(), res.Correct, res.Total)
			return nil
		},
	}
	cmd.Flags().StringVar(&ref, "ref", timex.EvalRef, "reference date-time the gold values were resolved against")
	cmd.Flags().BoolVar(&errs, "errors", false, "list the rows the tagger got wrong")
	return cmd
}

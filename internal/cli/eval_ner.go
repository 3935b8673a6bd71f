package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/entities"
	"github.com/newsx/newsx/gazetteer"
)

// EvalNEROptions are the flags of `newsx eval ner`.
type EvalNEROptions struct {
	Streams    *Streams
	Gold       string
	Errors     bool
	Gazetteers []string
}

func newEvalNERCmd(s *Streams) *cobra.Command {
	o := &EvalNEROptions{Streams: s}
	cmd := &cobra.Command{
		Use:   "ner GOLD.conll",
		Short: "Score entity recognition against a CoNLL file",
		Long: `Eval ner scores newsx's people, places and organisations against a CoNLL file
(one "token TAG" a line, IOB2 tags, a blank line between sentences) the way the
research community does: each sentence's tokens joined by single spaces are one
record; a token takes the type of the name mention that overlaps it; an entity
counts only when its type and both ends match exactly. It prints precision,
recall and F1 for PERS, LOC and ORG and their micro average. Adjective, nominal
and pronoun mentions are not names and are not scored; MISC is not scored.`,
		Example: `  newsx eval ner ../shared/eval/anercorp-train.conll
  newsx eval ner --errors gold.conll | less`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Gold = args[0]
			return runEvalNER(o)
		},
	}
	cmd.Flags().BoolVar(&o.Errors, "errors", false, "list false positives (FP) and misses (FN) with their sentences")
	cmd.Flags().StringArrayVar(&o.Gazetteers, "gazetteer", nil, "extra gazetteer file (repeatable)")
	return cmd
}

func runEvalNER(o *EvalNEROptions) error {
	f, err := os.Open(o.Gold)
	if err != nil {
		return usagef("%v", err)
	}
	defer f.Close()
	gold, err := entities.ReadCoNLL(f)
	if err != nil {
		return fmt.Errorf("%s: %w", o.Gold, err)
	}
	// Only the entity stage matters here; the later stages (dates,
	// events) read entities and never change them.
	g, err := gazetteer.Default()
	if err == nil {
		g, err = g.WithFiles(o.Gazetteers...)
	}
	if err != nil {
		return err
	}
	ent := entities.New(g)
	p := extract.New(extract.WithLexicon(ent.Vocabulary()), extract.WithStages(ent), extract.WithLanguage("ar"))
	rep := entities.Evaluate(gold, func(text string) *doc.Document {
		return p.Extract(extract.Input{Text: text})
	}, o.Errors)
	w := o.Streams.Out
	if o.Errors {
		for _, e := range rep.Errors {
			fmt.Fprintf(w, "%s\t%s\t%s\tline %d\t%s\n", e.Kind, e.Type, e.Text, e.Line, e.Sentence)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d sentences, %d tokens\n", rep.Sentences, rep.Tokens)
	fmt.Fprintf(w, "%-6s %7s %7s %7s %6s %6s %6s\n", "type", "P", "R", "F1", "TP", "FP", "FN")
	for _, s := range rep.Scores {
		fmt.Fprintf(w, "%-6s %7.2f %7.2f %7.2f %6d %6d %6d\n", s.Type, 100*s.P, 100*s.R, 100*s.F1, s.TP, s.FP, s.FN)
	}
	return nil
}

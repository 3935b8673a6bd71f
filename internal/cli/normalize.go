package cli

import (
	"bufio"
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsx/newsx/extract/batch"
	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/normalize"
)

// NormalizeOptions are the flags of `newsx normalize`.
type NormalizeOptions struct {
	Streams  *Streams
	Arg      string
	Off      []string
	Tokens   bool
	MaxBytes int64
}

// rules names each normalisation rule for --off.
var rules = map[string]func(*normalize.Options){
	"nfkc":         func(o *normalize.Options) { o.NFKC = false },
	"tatweel":      func(o *normalize.Options) { o.Tatweel = false },
	"diacritics":   func(o *normalize.Options) { o.Diacritics = false },
	"alef":         func(o *normalize.Options) { o.Alef = false },
	"alef-maqsura": func(o *normalize.Options) { o.AlefMaqsura = false },
	"ta-marbuta":   func(o *normalize.Options) { o.TaMarbuta = false },
	"hamza":        func(o *normalize.Options) { o.Hamza = false },
	"persian":      func(o *normalize.Options) { o.Persian = false },
	"digits":       func(o *normalize.Options) { o.Digits = false },
	"controls":     func(o *normalize.Options) { o.Controls = false },
	"whitespace":   func(o *normalize.Options) { o.Whitespace = false },
}

func ruleNames() string {
	names := make([]string, 0, len(rules))
	for k := range rules {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

func newNormalizeCmd(s *Streams) *cobra.Command {
	o := &NormalizeOptions{Streams: s}
	cmd := &cobra.Command{
		Use:   "normalize [FILE|-]",
		Short: "Print the matching form of a text (what gazetteers and rules see)",
		Long: `Normalize prints the matching form newsx builds before matching: presentation
forms decomposed (NFKC), tatweel and diacritics removed, alef forms, ى, ة and the
hamza seats ؤ ئ folded, Persian letters and Arabic-Indic digits mapped, bidi and
zero-width controls dropped, white space folded. Users never see this form in
extraction output; every span newsx reports points into the original text.

Rules that can be switched off with --off: ` + ruleNames() + `.
With --tokens, prints one token a line with its original offsets and clitic
analyses instead.`,
		Example: `  newsx normalize article.txt
  echo 'مسئول الشؤون' | newsx normalize --off hamza
  echo 'بجنيف وللناتو' | newsx normalize --tokens`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.Arg = args[0]
			}
			return runNormalize(o)
		},
	}
	cmd.Flags().StringSliceVar(&o.Off, "off", nil, "rules to switch off (comma-separated)")
	cmd.Flags().BoolVar(&o.Tokens, "tokens", false, "print tokens and clitic analyses")
	cmd.Flags().Int64Var(&o.MaxBytes, "max-bytes", batch.DefaultMaxBytes, "largest input to read, in bytes")
	return cmd
}

func runNormalize(o *NormalizeOptions) error {
	opts := normalize.Default()
	for _, name := range o.Off {
		f, ok := rules[strings.TrimSpace(name)]
		if !ok {
			return usagef("unknown rule %q for --off (rules: %s)", name, ruleNames())
		}
		f(&opts)
	}
	var text string
	var err error
	if o.Arg == "" || o.Arg == "-" {
		if o.Arg == "" && isTTY(o.Streams.In) {
			return usagef("no input: give a file or - (standard input)")
		}
		text, _, err = batch.ReadAll(o.Streams.In, "standard input", o.MaxBytes)
	} else {
		text, _, err = batch.ReadFile(o.Arg, o.MaxBytes)
	}
	if err != nil {
		return err
	}
	t := opts.Normalize(text)
	w := bufio.NewWriter(o.Streams.Out)
	defer w.Flush()
	if !o.Tokens {
		_, err = fmt.Fprintln(w, t.Form)
		return err
	}
	var tz token.Tokenizer
	ts := tz.Tokenize(t.Form)
	orig := []rune(text)
	for _, tk := range ts.List {
		s, e := t.Map.Span(tk.Start, tk.End)
		fmt.Fprintf(w, "%d\t%d-%d\t%s\t%s\t%s", tk.Sentence, s, e, tk.Kind, string(orig[s:e]), tk.Text)
		for _, a := range tk.Analyses[min(1, len(tk.Analyses)):] {
			fmt.Fprintf(w, "\t%s+%s+%s", a.Prefix, a.Stem, a.Suffix)
		}
		fmt.Fprintln(w)
	}
	return nil
}

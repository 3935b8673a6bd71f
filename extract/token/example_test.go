package token_test

import (
	"fmt"

	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/normalize"
)

func ExampleAnalyze() {
	for _, a := range token.Analyze(nil, normalize.Word("وللناتو"), nil) {
		fmt.Printf("%q %q %q article=%v\n", a.Prefix, a.Stem, a.Suffix, a.Article)
	}
	// Output:
	// "" "وللناتو" "" article=false
	// "ولل" "ناتو" "" article=true
	// "ول" "لناتو" "" article=false
	// "و" "للناتو" "" article=false
}

func ExampleTokenizer() {
	var tz token.Tokenizer
	ts := tz.Tokenize(normalize.Word("زار روجه جنيف. ثم عاد"))
	for _, s := range ts.Sentences {
		for _, t := range ts.List[s.First:s.Last] {
			fmt.Print(t.Text, "|")
		}
		fmt.Println()
	}
	// Output:
	// زار|روجه|جنيف|.|
	// ثم|عاد|
}

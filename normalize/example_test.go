package normalize_test

import (
	"fmt"

	"github.com/newsx/newsx/normalize"
)

func ExampleNormalize() {
	t := normalize.Normalize("المسئولون عن شؤون جنيـــف عام ٢٠٢٥")
	fmt.Println(t.Form)
	// The matching form's span of جنيف maps back to the stretched original.
	s, e := t.Map.Span(18, 22)
	fmt.Println(string([]rune(t.Original)[s:e]))
	// Output:
	// المسءولون عن شءون جنيف عام 2025
	// جنيـــف
}

func ExampleOptions() {
	o := normalize.Default()
	o.Hamza = false // keep ؤ and ئ apart
	fmt.Println(o.Normalize("شئون شؤون").Form)
	// Output: شئون شؤون
}

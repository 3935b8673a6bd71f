package english_test

import (
	"fmt"

	"github.com/newsx/newsx/extract"
)

func Example() {
	p, err := extract.Default(extract.Config{})
	if err != nil {
		panic(err)
	}
	ref, _ := extract.ParseReference("2025-10-26")
	d := p.Extract(extract.Input{Text: "NATO's Assistant Secretary General, Ambassador Boris Ruge, visited Geneva on 23–24 October.", Ref: ref})
	fmt.Println(d.Language)
	for _, e := range d.Entities {
		fmt.Println(e.KBID, e.Mentions[0].Text, e.Mentions[0].Start)
		if title := e.Attributes["title"]; title != "" {
			fmt.Println("  title:", title)
		}
	}
	for _, x := range d.Dates {
		fmt.Println(x.Text, x.Value)
	}
	for _, v := range d.Events {
		fmt.Println(v.Type, v.Plover, v.Cameo, v.Trigger.Text)
	}
	// Output:
	// en
	// org:nato NATO 0
	// per:boris-ruge Boris Ruge 47
	//   title: Ambassador
	// loc:geneva Geneva 67
	// 23–24 October 2025-10-23/2025-10-24
	// VISIT CONSULT 042 visited
}

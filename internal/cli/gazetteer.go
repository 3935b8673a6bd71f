package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsx/newsx/gazetteer"
)

// GazetteerListOptions are the flags of `newsx gazetteer list`.
type GazetteerListOptions struct {
	Streams    *Streams
	Type       string
	Gazetteers []string
}

// GazetteerCheckOptions are the arguments of `newsx gazetteer check`.
type GazetteerCheckOptions struct {
	Streams *Streams
	Files   []string
}

func newGazetteerCmd(s *Streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gazetteer",
		Short: "List the embedded gazetteer or check a user gazetteer file",
		Long: `The gazetteer is newsx's curated list of places, organisations and people
(embedded in the binary). A user gazetteer is a TSV file in the same format
(see gazetteer/data/README.md) given to 'newsx extract --gazetteer FILE': its
rows add entities, or replace the embedded entity with the same kb_id.`,
	}
	cmd.AddCommand(newGazetteerListCmd(s), newGazetteerCheckCmd(s))
	return cmd
}

func newGazetteerListCmd(s *Streams) *cobra.Command {
	o := &GazetteerListOptions{Streams: s}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List gazetteer entities (kb_id, type, subtype, Arabic and English names)",
		Example: `  newsx gazetteer list --type ORGANIZATION
  newsx gazetteer list --type LOCATION --gazetteer my-places.tsv`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return runGazetteerList(o) },
	}
	cmd.Flags().StringVar(&o.Type, "type", "", "only entities of this type: PERSON, ORGANIZATION or LOCATION (or a subtype such as city)")
	cmd.Flags().StringArrayVar(&o.Gazetteers, "gazetteer", nil, "user gazetteer file to add (repeatable)")
	return cmd
}

func runGazetteerList(o *GazetteerListOptions) error {
	typ := strings.ToUpper(o.Type)
	switch typ {
	case "", gazetteer.Person, gazetteer.Organization, gazetteer.Location:
	case "PER", "PERS":
		typ = gazetteer.Person
	case "ORG":
		typ = gazetteer.Organization
	case "LOC":
		typ = gazetteer.Location
	default:
		typ = "subtype:" + strings.ToLower(o.Type)
	}
	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	if g, err = g.WithFiles(o.Gazetteers...); err != nil {
		return err
	}
	w := tabwriter.NewWriter(o.Streams.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "KB_ID\tTYPE\tSUBTYPE\tNAME\tNAME_EN")
	n := 0
	for _, e := range g.Entries {
		if typ != "" && e.Type != typ && "subtype:"+e.Subtype != typ {
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", e.ID, e.Type, e.Subtype, e.Name, e.NameEn)
		n++
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if n == 0 && typ != "" {
		return usagef("no entities of type %q (types: PERSON, ORGANIZATION, LOCATION, or a subtype)", o.Type)
	}
	return nil
}

func newGazetteerCheckCmd(s *Streams) *cobra.Command {
	o := &GazetteerCheckOptions{Streams: s}
	return &cobra.Command{
		Use:   "check FILE...",
		Short: "Validate user gazetteer files against the format and the embedded data",
		Long: `Check parses each FILE as newsx would with --gazetteer and reports every
problem with its file and line: wrong column count, bad kb_id, type or
subtype, empty names, duplicate kb_ids within the file, and names that collide
with an entity of another type unless one of them is flagged ambiguous.
It exits 1 when a file has problems.`,
		Example: "  newsx gazetteer check my-places.tsv",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			o.Files = args
			return runGazetteerCheck(o)
		},
	}
}

func runGazetteerCheck(o *GazetteerCheckOptions) error {
	failed := false
	for _, f := range o.Files {
		err := gazetteer.Check(f)
		if err == nil {
			fmt.Fprintf(o.Streams.Out, "%s: ok\n", f)
			continue
		}
		failed = true
		var lines []string
		if list, ok := err.(gazetteer.ErrorList); ok {
			for _, e := range list {
				lines = append(lines, e.Error())
			}
		} else {
			lines = append(lines, err.Error())
		}
		for _, l := range lines {
			fmt.Fprintln(o.Streams.Err, l)
		}
	}
	if failed {
		return errFailed
	}
	return nil
}

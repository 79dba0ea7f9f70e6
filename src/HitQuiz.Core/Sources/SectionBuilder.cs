namespace HitQuiz.Sources;

/// <summary>
/// Groups a document's blocks into sections: each heading starts one (as does a boilerplate heading such as
/// "Leave a Reply", whose section is then wholly boilerplate). Blocks before the first heading form a front-matter
/// section titled with the document title, starting at line 1.
/// </summary>
public static class SectionBuilder
{
    public static IReadOnlyList<Section> Build(IReadOnlyList<Block> blocks, string documentTitle, int lineCount)
    {
        var starts = blocks.Select((b, i) => (b, i)).Where(x => StartsSection(x.b)).Select(x => x.i).ToList();
        var sections = new List<Section>();
        var front = starts.Count == 0 ? blocks.Count : starts[0];
        if (front > 0)
        {
            var last = starts.Count == 0 ? lineCount : blocks[front].FirstLine - 1;
            sections.Add(new Section(0, documentTitle, 1, Math.Max(1, last), blocks.Take(front).ToList()));
        }

        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : blocks.Count;
            var heading = blocks[starts[s]];
            var lastLine = s + 1 < starts.Count ? blocks[end].FirstLine - 1 : Math.Max(lineCount, heading.LastLine);
            var content = blocks.Skip(starts[s]).Take(end - starts[s]).ToList();
            if (heading.Kind == BlockKind.Boilerplate)
            {
                content = content.Select(b => b with { Kind = BlockKind.Boilerplate }).ToList();
            }

            sections.Add(new Section(sections.Count, heading.Text, heading.FirstLine, lastLine, content));
        }

        return sections;
    }

    private static bool StartsSection(Block block) =>
        block.Kind == BlockKind.Heading
        || (block.Kind == BlockKind.Boilerplate && Boilerplate.StartsBoilerplateSection(block.Text));
}

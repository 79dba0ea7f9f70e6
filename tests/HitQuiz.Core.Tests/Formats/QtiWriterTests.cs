using System.Xml.Linq;
using HitQuiz.Formats;

namespace HitQuiz.Core.Tests.Formats;

public sealed class QtiWriterTests
{
    private static readonly IReadOnlyList<PackageFile> Package = QtiWriter.Write(
        Fixtures.ShippedBank().Questions.Concat(Fixtures.Import("every-construct.gift").Questions));

    [Fact]
    public void The_package_has_a_manifest_listing_every_item_file()
    {
        var manifest = XDocument.Parse(Package[0].Text);
        var hrefs = manifest.Descendants().Where(e => e.Name.LocalName == "resource").Select(e => (string)e.Attribute("href")!).ToList();

        Assert.Equal("imsmanifest.xml", Package[0].Path);
        Assert.Equal(Package.Skip(1).Select(f => f.Path), hrefs);
    }

    [Fact]
    public void Every_item_is_a_well_formed_QTI_2_1_assessment_item()
    {
        Assert.All(Package.Skip(1), file =>
            Assert.Equal(XName.Get("assessmentItem", QtiWriter.Namespace), XDocument.Parse(file.Text).Root!.Name));
    }

    [Theory]
    [InlineData("HIT-0001", "choiceInteraction")]
    [InlineData("HIT-0005", "textEntryInteraction")]
    [InlineData("every-construct-founded", "textEntryInteraction")]
    [InlineData("every-construct-credentials", "matchInteraction")]
    public void Each_kind_gets_its_interaction(string id, string interaction)
    {
        var item = XDocument.Parse(Package.Single(f => f.Path == $"items/{id}.xml").Text);

        Assert.Single(item.Descendants(XName.Get(interaction, QtiWriter.Namespace)));
    }

    [Fact]
    public void The_explanation_and_source_are_the_item_feedback()
    {
        var item = XDocument.Parse(Package.Single(f => f.Path == "items/HIT-0001.xml").Text);
        var feedback = item.Descendants(XName.Get("modalFeedback", QtiWriter.Namespace)).Single().Value;

        Assert.StartsWith("The article says all programs should be accredited by CAHIIM", feedback, StringComparison.Ordinal);
        Assert.Contains("(Source: sources/how-to-become-a-health-information-technician.txt > Educational Requirements", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void The_correct_response_of_a_matching_item_pairs_each_left_item_with_its_choice()
    {
        var item = XDocument.Parse(Package.Single(f => f.Path == "items/every-construct-credentials.xml").Text);
        var values = item.Descendants(XName.Get("correctResponse", QtiWriter.Namespace)).Single().Elements().Select(e => e.Value);

        // Choices are AAPC, AHIMA, CAHIIM; RHIT → AHIMA, CPC → AAPC, CCS → AHIMA.
        Assert.Equal(["L1 C2", "L2 C1", "L3 C2"], values);
    }
}

using Cartography.Core.Cultures;

namespace Cartography.Core.Tests.Cultures;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Rétablissement", "retablissement")]
    [InlineData("LIÈGE", "liege")]
    [InlineData("Ça va", "ca va")]
    [InlineData("Geëngageerd", "geengageerd")]
    [InlineData("Zürich", "zurich")]
    [InlineData("Âge Ôté Île", "age ote ile")]
    [InlineData("Re\u0301tablissement", "retablissement")]
    public void Folding_removes_accents_and_case(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }

    [Theory]
    [InlineData("pair-aidance", "pair-aidance")]
    [InlineData("l'entraide", "l'entraide")]
    [InlineData("1050 Ixelles", "1050 ixelles")]
    [InlineData("", "")]
    public void Folding_keeps_everything_that_is_not_an_accent(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }

    [Fact]
    public void A_precomposed_and_a_decomposed_accent_fold_alike()
    {
        Assert.Equal(TextFolding.Fold("Liège"), TextFolding.Fold("Lie\u0300ge"));
    }

    [Fact]
    public void Words_are_folded_and_split_on_any_whitespace()
    {
        Assert.Equal(["sante", "mentale", "liege"], TextFolding.Words("  Santé   mentale\tLIÈGE \n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n ")]
    public void Blank_text_has_no_words(string text)
    {
        Assert.Empty(TextFolding.Words(text));
    }

    [Fact]
    public void Punctuation_inside_a_word_does_not_split_it()
    {
        Assert.Equal(["pair-aidance", "l'entraide"], TextFolding.Words("Pair-aidance L'Entraide"));
    }
}

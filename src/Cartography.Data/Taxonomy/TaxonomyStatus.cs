namespace Cartography.Data.Taxonomy;

/// <summary>The outcome of a taxonomy change. Refusals are values: nothing was written.</summary>
public enum TaxonomyStatus
{
    Added,
    Relabelled,
    /// <summary>The term's descriptions were changed.</summary>
    Described,
    Reordered,
    Retired,
    Reinstated,
    Deleted,
    /// <summary>The term was already in the asked state (retired, reinstated, labelled so): nothing to write.</summary>
    Unchanged,
    NotFound,
    /// <summary>A key is lowercase letters and digits in words joined by single hyphens, at most 64 characters.</summary>
    InvalidKey,
    DuplicateKey,
    /// <summary>A label is required in French, Dutch and English.</summary>
    LabelsRequired,
    /// <summary>Content uses the term (<see cref="TaxonomyOutcome.UsageCount"/> items): it can be retired, not deleted.</summary>
    InUse,
    /// <summary>A new order must name every key of the vocabulary once, and nothing else.</summary>
    NotTheVocabularyKeys,
    /// <summary>A description holds at most <see cref="Cartography.Core.Taxonomy.Term.MaxDescriptionLength"/> characters per culture.</summary>
    DescriptionTooLong,
    /// <summary>A description is plain text: no control characters but line breaks.</summary>
    DescriptionNotText,
}

namespace Cartography.Data.Taxonomy;

/// <summary>The outcome of a taxonomy change. Refusals are values: nothing was written.</summary>
public enum TaxonomyStatus
{
    Added,
    Relabelled,
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
}

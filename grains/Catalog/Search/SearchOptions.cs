namespace ChatBuddy.Grains.Catalog.Search;

/// <summary>Weights of the fused result lists (reciprocal rank fusion), chosen by measurement on the evaluation set.</summary>
public sealed record SearchWeights(double FullText, double Folded, double Vector, double Need, double CategoryBonus, int RrfK, int Candidates)
{
    public static SearchWeights Default { get; } = new(FullText: 1.0, Folded: 1.0, Vector: 0.8, Need: 3.0, CategoryBonus: 0.02, RrfK: 60, Candidates: 100);
}

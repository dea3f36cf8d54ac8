namespace ChatBuddy.Grains.Demo;

/// <summary>The whole demo assortment, department by department in a fixed order (the order fixes the SKUs).</summary>
internal static class ProductCatalog
{
    public static IReadOnlyList<DemoProduct> Generate(DemoRandom random)
    {
        var builder = new CatalogBuilder(random);
        SportCatalog.Build(builder);
        KitchenCatalog.Build(builder);
        OutdoorCatalog.Build(builder);
        ElectronicsCatalog.Build(builder);
        FashionCatalog.Build(builder);
        HomeCatalog.Build(builder);
        ToyCatalog.Build(builder);
        BeautyCatalog.Build(builder);
        BookCatalog.Build(builder);
        BookCatalog.BuildChildrensBooks(builder);
        BabyCatalog.Build(builder);
        PetCatalog.Build(builder);
        OfficeCatalog.Build(builder);
        return builder.Finish();
    }
}

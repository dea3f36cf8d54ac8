namespace ChatBuddy.Grains.Shops;

/// <summary>Stock of one SKU in one warehouse; <see cref="Backorder"/> means it stays buyable at zero.</summary>
public sealed record Stock(string Sku, string Warehouse, int Quantity, bool Backorder = false);

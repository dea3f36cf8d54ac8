// The demo shop page: a few products of the demo catalogue from the search API, rendered as text.
(() => {
  'use strict';

  const money = new Intl.NumberFormat('hu-HU', { maximumFractionDigits: 0 });
  const price = (amount) => money.format(amount) + '\u00a0Ft';

  function tile(product) {
    const item = document.createElement('li');
    const name = document.createElement('h3');
    name.textContent = product.name;
    const brand = document.createElement('p');
    brand.className = 'brand';
    brand.textContent = [product.brand, product.category].filter(Boolean).join(' · ');
    const cost = document.createElement('p');
    cost.className = 'price';
    if (product.sale_price !== null && product.sale_price < product.price) {
      const sale = document.createElement('span');
      sale.className = 'sale';
      sale.textContent = price(product.sale_price);
      const was = document.createElement('del');
      was.textContent = price(product.price);
      cost.append(sale, was);
    } else {
      cost.textContent = price(product.price);
    }
    item.append(name, brand, cost);
    return item;
  }

  async function show(query, label) {
    const list = document.getElementById('termeklista');
    const status = document.getElementById('termekek-allapot');
    document.getElementById('termekek-kategoria').textContent = label;
    status.textContent = 'Termékek betöltése…';
    try {
      const response = await fetch('api/v1/products/search?shop=demo&limit=8&q=' + encodeURIComponent(query));
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const body = await response.json();
      list.replaceChildren(...body.results.map(tile));
      status.textContent = body.results.length ? '' : 'Nincs találat.';
    } catch {
      list.replaceChildren();
      status.textContent = 'A termékeket most nem sikerült betölteni.';
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    for (const link of document.querySelectorAll('nav a[data-query]')) {
      link.addEventListener('click', () => show(link.dataset.query, link.textContent.toLowerCase()));
    }
    show('futócipő', 'futócipők');
  });
})();

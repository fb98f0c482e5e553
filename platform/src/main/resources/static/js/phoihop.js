// PhoiHop shell: CSRF for htmx requests, and the API table of the documentation page.
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', function (event) {
      event.detail.headers[header.content] = token.content;
    });
  }
  var table = document.querySelector('#api-table tbody');
  if (table) {
    fetch('/v3/api-docs').then(function (r) { return r.json(); }).then(function (spec) {
      Object.keys(spec.paths || {}).sort().forEach(function (path) {
        Object.keys(spec.paths[path]).forEach(function (method) {
          var op = spec.paths[path][method];
          var row = document.createElement('tr');
          [method.toUpperCase(), path, op.summary || ''].forEach(function (text, i) {
            var cell = document.createElement('td');
            if (i < 2) { var code = document.createElement('code'); code.textContent = text; cell.appendChild(code); }
            else { cell.textContent = text; }
            row.appendChild(cell);
          });
          table.appendChild(row);
        });
      });
    });
  }
});

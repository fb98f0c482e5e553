// Exchange upload: drag and drop or choose a file, send it with XHR to show the upload progress,
// then open the receipt; a refusal is shown with its message.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('upload-form');
  if (!form) { return; }
  var zone = document.getElementById('drop-zone');
  var input = document.getElementById('upload-file');
  var select = document.getElementById('upload-dataset');
  var template = document.getElementById('template-link');
  var progress = document.getElementById('upload-progress');
  var progressText = document.getElementById('upload-progress-text');
  var validating = document.getElementById('upload-validating');
  var error = document.getElementById('upload-error');
  var english = document.documentElement.lang === 'en';
  var dropped = null;

  function fileName() {
    var file = dropped || (input.files.length ? input.files[0] : null);
    document.getElementById('upload-file-name').textContent = file ? file.name + ' (' + file.size + ' B)' : '';
  }
  select.addEventListener('change', function () {
    template.href = template.dataset.base + select.value + '.xlsx';
  });
  input.addEventListener('change', function () { dropped = null; fileName(); });
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (e) {
    if (e.dataTransfer.files.length) { dropped = e.dataTransfer.files[0]; fileName(); }
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var file = dropped || (input.files.length ? input.files[0] : null);
    error.hidden = true;
    if (!file) { showError(english ? 'Choose a file first.' : 'Hãy chọn tệp trước.'); return; }
    var data = new FormData();
    data.append('file', file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action + '?dataset=' + encodeURIComponent(select.value));
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { xhr.setRequestHeader(header.content, token.content); }
    progress.hidden = false;
    progress.value = 0;
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        var percent = Math.round(event.loaded * 100 / event.total);
        progress.value = percent;
        progressText.textContent = percent + ' %';
      }
    });
    var polling = null;
    xhr.upload.addEventListener('load', function () {
      validating.hidden = false;
      // the rows checked so far, while the server validates
      polling = window.setInterval(function () {
        fetch(form.action.replace(/upload$/, 'progress'), {credentials: 'same-origin'})
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (list) {
            var mine = list.filter(function (s) { return s.dataset === select.value; })[0];
            if (mine) {
              progressText.textContent = (english ? 'rows checked: ' : 'đã kiểm tra ') + mine.rows_read_so_far
                + (english ? '' : ' dòng');
            }
          }).catch(function () { /* the next poll will tell */ });
      }, 1000);
    });
    xhr.addEventListener('loadend', function () { if (polling) { window.clearInterval(polling); } });
    xhr.addEventListener('load', function () {
      validating.hidden = true;
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = {}; }
      if (xhr.status === 201 && body.id) {
        window.location.href = form.action.replace(/upload$/, 'submissions/') + body.id;
      } else {
        showError((english ? body.message_en : body.message_vi) || ('HTTP ' + xhr.status));
      }
    });
    xhr.addEventListener('error', function () { showError(english ? 'The upload failed.' : 'Gửi tệp thất bại.'); });
    xhr.send(data);
  });

  function showError(message) {
    error.textContent = message;
    error.hidden = false;
    progress.hidden = true;
    progressText.textContent = '';
  }
});

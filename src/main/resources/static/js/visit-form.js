/*
 * The visit form on a weak connection. Everything typed is kept in localStorage (per visit) and put
 * back when the form is opened again; it is removed only once the server has answered with the saved
 * visit. Saving goes through fetch so that a failure (no network, session expired) leaves the page as
 * it is; the form's key makes a repeated save harmless. Photos go up one by one, each with its own
 * progress bar and retry. Without this script the form posts as an ordinary form.
 */
(function () {
    'use strict';
    var form = document.querySelector('form[data-visit-form]');
    if (!form) {
        return;
    }
    var d = form.dataset;
    var draftKey = d.draftKey;
    var statusBox = document.getElementById('visit-send-status');
    var fileInput = document.getElementById('photos');
    var photoCount = parseInt(d.photoCount || '0', 10);

    // --- the draft

    function fields() {
        return Array.prototype.filter.call(form.elements, function (el) {
            return el.name && el.name !== '_csrf' && el.type !== 'file' && el.type !== 'submit' && el.type !== 'button';
        });
    }

    function saveDraft() {
        var values = {};
        fields().forEach(function (el) {
            values[el.name] = el.type === 'checkbox' ? el.checked : el.value;
        });
        try {
            localStorage.setItem(draftKey, JSON.stringify(values));
        } catch (e) {
            // storage full or refused: the form still works, only without a draft
        }
    }

    function restoreDraft() {
        var raw = null;
        try {
            raw = localStorage.getItem(draftKey);
        } catch (e) {
            return;
        }
        if (!raw) {
            return;
        }
        var values;
        try {
            values = JSON.parse(raw);
        } catch (e) {
            return;
        }
        fields().forEach(function (el) {
            if (!Object.prototype.hasOwnProperty.call(values, el.name)) {
                return;
            }
            if (el.type === 'checkbox') {
                el.checked = values[el.name] === true;
            } else if (el.type !== 'hidden' || el.name === 'key' || el.name === 'latitude' || el.name === 'longitude'
                || el.name === 'accuracy' || el.name === 'positionAt') {
                el.value = values[el.name];
            }
        });
        document.getElementById('visit-draft-restored').hidden = false;
        showLinks();
    }

    function clearDraft() {
        try {
            localStorage.removeItem(draftKey);
        } catch (e) {
            // nothing to do
        }
    }

    // a page re-shown by the server after a refused save holds what was sent: that is the truth
    if (d.fresh === 'true') {
        restoreDraft();
    }
    saveDraft();
    form.addEventListener('input', saveDraft);
    form.addEventListener('change', saveDraft);

    // --- the position

    var locate = document.getElementById('visit-locate');
    var positionStatus = document.getElementById('visit-position-status');

    function value(name) {
        var el = form.elements[name];
        return el ? el.value : '';
    }

    function setValue(name, v) {
        if (form.elements[name]) {
            form.elements[name].value = v;
        }
    }

    function showLinks() {
        var box = document.getElementById('visit-map-links');
        if (!box) {
            return;
        }
        var lat = value('latitude');
        var lon = value('longitude');
        box.textContent = '';
        if (!lat || !lon) {
            return;
        }
        var q = Number(lat).toFixed(6) + ',' + Number(lon).toFixed(6);
        var geo = document.createElement('a');
        geo.href = 'geo:' + q;
        geo.textContent = d.msgMapApp;
        var maps = document.createElement('a');
        maps.href = 'https://www.google.com/maps/search/?api=1&query=' + q;
        maps.target = '_blank';
        maps.rel = 'noopener noreferrer';
        maps.textContent = d.msgGoogle;
        box.appendChild(geo);
        box.appendChild(document.createTextNode(' · '));
        box.appendChild(maps);
    }

    if (locate && navigator.geolocation) {
        locate.hidden = false;
        locate.addEventListener('click', function () {
            positionStatus.textContent = d.msgLocating;
            locate.disabled = true;
            navigator.geolocation.getCurrentPosition(function (pos) {
                setValue('latitude', pos.coords.latitude.toFixed(6));
                setValue('longitude', pos.coords.longitude.toFixed(6));
                setValue('accuracy', Math.round(pos.coords.accuracy));
                setValue('positionAt', new Date(pos.timestamp).toISOString());
                positionStatus.textContent = d.msgLocated.replace('{0}', Math.round(pos.coords.accuracy));
                locate.disabled = false;
                showLinks();
                saveDraft();
            }, function (err) {
                positionStatus.textContent = err.code === 1 ? d.msgDenied : d.msgUnavailable;
                locate.disabled = false;
                var reason = form.elements.noPositionReason;
                if (reason) {
                    reason.focus();
                }
            }, {enableHighAccuracy: true, timeout: 20000, maximumAge: 60000});
        });
    }

    // --- photos, one request each

    var progressList = document.getElementById('visit-photo-progress');
    var photoList = document.getElementById('visit-photo-list');

    function csrf() {
        var el = form.elements._csrf;
        return el ? el.value : '';
    }

    function upload(file, item) {
        item.textContent = '';
        var name = document.createElement('span');
        name.className = 'small d-block text-truncate';
        name.textContent = file.name;
        var bar = document.createElement('progress');
        bar.max = 100;
        bar.value = 0;
        bar.className = 'w-100';
        var note = document.createElement('span');
        note.className = 'small d-block';
        item.appendChild(name);
        item.appendChild(bar);
        item.appendChild(note);

        function failed(message) {
            item.dataset.state = 'failed';
            note.className = 'small d-block text-danger';
            note.textContent = message;
            var retry = document.createElement('button');
            retry.type = 'button';
            retry.className = 'btn btn-outline-secondary btn-sm mt-1';
            retry.textContent = d.msgRetry;
            retry.addEventListener('click', function () {
                upload(file, item);
            });
            item.appendChild(retry);
        }

        if (file.size > Number(d.maxBytes)) {
            failed(d.msgTooLarge);
            return;
        }
        var body = new FormData();
        body.append('photo', file);
        body.append('_csrf', csrf());
        var xhr = new XMLHttpRequest();
        xhr.open('POST', d.photoUrl);
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.upload.onprogress = function (e) {
            if (e.lengthComputable) {
                bar.value = Math.round(e.loaded * 100 / e.total);
            }
        };
        xhr.onload = function () {
            var answer = null;
            try {
                answer = JSON.parse(xhr.responseText);
            } catch (e) {
                answer = null;
            }
            if (xhr.status === 200 && answer && answer.thumbnail) {
                bar.value = 100;
                item.dataset.state = 'uploaded';
                note.textContent = d.msgUploaded;
                photoCount++;
                var img = document.createElement('img');
                img.src = answer.thumbnail;
                img.className = 'visit-thumb rounded border';
                img.width = 96;
                img.height = 96;
                img.alt = '';
                photoList.appendChild(img);
            } else if (answer && answer.error) {
                failed(answer.error);
            } else {
                failed(xhr.status === 413 ? d.msgTooLarge : d.msgPhotoFailed);
            }
        };
        xhr.onerror = function () {
            failed(d.msgPhotoFailed);
        };
        xhr.send(body);
    }

    if (fileInput) {
        fileInput.addEventListener('change', function () {
            Array.prototype.forEach.call(fileInput.files, function (file) {
                var item = document.createElement('li');
                item.className = 'mb-2';
                item.dataset.test = 'photo-item';
                progressList.appendChild(item);
                upload(file, item);
            });
            // the files are on their way on their own; the form itself must not carry them again
            fileInput.value = '';
        });
    }

    // --- saving

    function say(message, link) {
        statusBox.textContent = message;
        if (link) {
            statusBox.appendChild(document.createTextNode(' '));
            var a = document.createElement('a');
            a.href = link;
            a.className = 'alert-link';
            a.dataset.test = 'sign-in-again';
            a.textContent = d.msgSignIn;
            statusBox.appendChild(a);
        }
        statusBox.hidden = false;
        statusBox.scrollIntoView({block: 'center'});
    }

    var sending = false;
    form.addEventListener('submit', function (event) {
        if (!window.fetch) {
            return;
        }
        event.preventDefault();
        if (sending) {
            return;
        }
        sending = true;
        saveDraft();
        var button = form.querySelector('[type=submit]');
        button.disabled = true;
        statusBox.hidden = true;
        var body = new FormData(form);
        body.delete('photos');
        fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin', headers: {'Accept': 'text/html'}})
            .then(function (response) {
                var path = new URL(response.url, location.href).pathname;
                if (response.ok && path === d.doneUrl) {
                    clearDraft();
                    location.assign(response.url);
                    return;
                }
                sending = false;
                button.disabled = false;
                if (path === '/login' || response.status === 401 || response.status === 403) {
                    // signed out meanwhile: signing in again brings the worker back here, with the draft
                    say(d.msgExpired, d.formUrl);
                    return;
                }
                // refused by the rules, or a conflict: let the server show why, next to the fields
                // (sending again is harmless: the key makes it the same visit)
                form.submit();
            })
            .catch(function () {
                sending = false;
                button.disabled = false;
                say(d.msgOffline);
            });
    });
})();

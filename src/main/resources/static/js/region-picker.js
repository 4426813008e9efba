/* The region picker (fragments/region-picker.html) with JavaScript: the code input is hidden and the
   search box with its htmx list takes its place; a click on a listed region fills the code. Without
   this script the picker stays a code input, which works on its own. */
(function () {
    'use strict';
    if (window.lenteraRegionPicker) {
        return; // one script for every picker on the page, however many times the fragment includes it
    }
    window.lenteraRegionPicker = true;

    function enhance(root) {
        if (!root || !root.querySelectorAll) {
            return;
        }
        var pickers = root.matches && root.matches('[data-region-picker]') ? [root] : [];
        pickers = pickers.concat(Array.prototype.slice.call(root.querySelectorAll('[data-region-picker]')));
        pickers.forEach(function (picker) {
            if (picker.hasAttribute('data-region-enhanced') || !window.htmx) {
                return;
            }
            picker.setAttribute('data-region-enhanced', '');
            var code = picker.querySelector('[data-region-code-input]');
            var search = picker.querySelector('[data-region-search]');
            var label = picker.querySelector('label');
            var box = search.querySelector('input[type=search]');
            code.type = 'hidden';
            picker.querySelector('[data-region-manual]').classList.add('d-none');
            search.classList.remove('d-none');
            if (label && box) {
                label.htmlFor = box.id;
            }
        });
    }

    document.addEventListener('click', function (event) {
        var choice = event.target.closest('[data-region-choice]');
        if (!choice) {
            return;
        }
        var picker = choice.closest('[data-region-picker]');
        var code = picker.querySelector('[data-region-code-input]');
        code.value = choice.getAttribute('data-region-choice');
        code.dispatchEvent(new Event('change', { bubbles: true }));
        picker.querySelector('[data-region-name]').textContent = choice.getAttribute('data-region-label');
        picker.querySelector('[data-region-results]').innerHTML = '';
        var box = picker.querySelector('[data-region-search] input[type=search]');
        box.value = '';
        box.focus();
    });

    function start() {
        enhance(document);
        document.body.addEventListener('htmx:load', function (event) {
            enhance(event.detail.elt);
        });
    }

    // deferred like htmx but earlier in the page: htmx is there only once the document has loaded
    if (document.readyState !== 'complete') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

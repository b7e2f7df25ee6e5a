/*
 * The session warning (WEB-INF/includes/session-warning.xhtml). Counts down from the last request this page made to
 * the server; shortly before the idle timeout it opens the dialog. "Ingelogd blijven" posts to the keep-alive URL
 * and starts the countdown again; when the countdown runs out the end form is posted with reden=inactief, and the
 * server decides (another tab may have kept the session alive). Faces/PrimeFaces ajax requests restart the countdown.
 * No inline script and no eval: the Content-Security-Policy allows only scripts from this site with a nonce.
 */
(function () {
    'use strict';
    var dialog = document.getElementById('session-warning');
    if (!dialog) {
        return;
    }
    var idleMillis = Number(dialog.getAttribute('data-idle-seconds')) * 1000;
    var warningMillis = Number(dialog.getAttribute('data-warning-seconds')) * 1000;
    var keepAliveUrl = dialog.getAttribute('data-keep-alive-url');
    var form = document.getElementById('session-end-form');
    var reason = document.getElementById('session-end-reason');
    var stay = document.getElementById('session-warning-stay');
    var status = document.getElementById('session-status');
    var warningTimer = null;
    var endTimer = null;
    var focusBefore = null;

    function end() {
        reason.value = 'inactief';
        form.submit();
    }

    function openDialog() {
        focusBefore = document.activeElement;
        if (typeof dialog.showModal === 'function') {
            dialog.showModal();
        } else {
            dialog.setAttribute('open', 'open');
        }
        stay.focus();
    }

    function closeDialog() {
        if (typeof dialog.close === 'function' && dialog.open) {
            dialog.close();
        } else {
            dialog.removeAttribute('open');
        }
        if (focusBefore && typeof focusBefore.focus === 'function') {
            focusBefore.focus();
        }
    }

    function restart() {
        window.clearTimeout(warningTimer);
        window.clearTimeout(endTimer);
        warningTimer = window.setTimeout(openDialog, Math.max(0, idleMillis - warningMillis));
        endTimer = window.setTimeout(end, idleMillis);
    }

    stay.addEventListener('click', function () {
        var request = new XMLHttpRequest();
        request.open('POST', keepAliveUrl, true);
        request.onload = function () {
            if (request.status === 204) {
                closeDialog();
                status.textContent = status.getAttribute('data-stayed');
                restart();
            } else {
                end();
            }
        };
        request.onerror = end;
        request.send();
    });

    // Escape closes the dialog: that counts as "stay" only after the keep-alive, so treat it as a click on stay
    dialog.addEventListener('cancel', function (event) {
        event.preventDefault();
        stay.click();
    });

    if (window.faces && window.faces.ajax && typeof window.faces.ajax.addOnEvent === 'function') {
        window.faces.ajax.addOnEvent(function (data) {
            if (data.status === 'success') {
                restart();
            }
        });
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', restart);
    }
    restart();
}());

/// The script the preview server adds to every HTML page it serves: it keeps a WebSocket open to the server,
/// reloads the page when a rebuild changed what it shows (or goes to where the edit shows, when the server says where:
/// `--navigate-to-changed`), and shows a build's problems in an overlay over the last good page until they are
/// fixed. Pages on disk never contain it.
enum LiveScript {
    /// The script's path on the server.
    static let path = "/__phrasebook/live.js"
    /// The live-reload WebSocket's path on the server.
    static let socketPath = "/__phrasebook/live"

    /// `html` with the script tag added before `</head>` (or at the end when there is none).
    static func inject(into html: String, generation: Int) -> String {
        let tag = "<script src=\"\(path)\" data-generation=\"\(generation)\" defer></script>"
        guard let head = html.range(of: "</head>") else { return html + tag }
        return html.replacingCharacters(in: head, with: tag + "</head>")
    }

    /// What a page shows before the content has ever built: the script's overlay lists the problems, and the
    /// page reloads itself into the site once a save fixes them.
    static let waitingPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>phrasebook serve: no site yet</title></head>
        <body><main style="font:16px/1.5 system-ui,sans-serif;margin:40vh auto 0;max-width:40em;padding:0 1em">
        <h1 style="font-size:1.25em">The content has not built yet</h1>
        <p>Its problems are listed above and in the terminal. Fix the file and save: this page reloads by itself.</p>
        </main></body>
        </html>

        """

    /// The script itself.
    static let source = #"""
        (function () {
          "use strict";
          var me = document.currentScript;
          var loaded = me ? me.getAttribute("data-generation") : null;
          var overlayId = "phrasebook-problems";
          function clear() {
            var old = document.getElementById(overlayId);
            if (old) old.remove();
          }
          function show(text) {
            clear();
            var box = document.createElement("div");
            box.id = overlayId;
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:2147483647;" +
              "background:#fff8f6;color:#3b0a00;border-bottom:3px solid #b3261e;padding:1em 1.25em;" +
              "font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 4px 16px rgba(0,0,0,.25)";
            var title = document.createElement("strong");
            title.textContent = loaded === "0"
              ? "The content does not build, so there is no good site yet. Fix the file and save."
              : "The last edit does not build; this is the last good page. Fix the file and save.";
            var pre = document.createElement("pre");
            pre.style.cssText = "white-space:pre-wrap;margin:.75em 0 0";
            pre.textContent = text;
            box.appendChild(title);
            box.appendChild(pre);
            document.body.appendChild(box);
          }
          var address = (location.protocol === "https:" ? "wss://" : "ws://") + location.host +
            "/__phrasebook/live?page=" + encodeURIComponent(location.pathname);
          // Goes to `place` (a path in the site, perhaps with #id): a page of its own is loaded there; the same
          // page is reloaded and then scrolled to the element here (a reload would go back to where it was).
          var goKey = "phrasebook-serve-go";
          function go(place) {
            var target = "/" + place;
            var hash = target.indexOf("#");
            if ((hash < 0 ? target : target.slice(0, hash)) !== location.pathname) { location.assign(target); return; }
            if (hash >= 0) {
              history.replaceState(history.state, "", target);
              history.scrollRestoration = "manual";
              try { sessionStorage.setItem(goKey, target.slice(hash + 1)); } catch (e) {}
            }
            location.reload();
          }
          try {
            var edited = sessionStorage.getItem(goKey);
            if (edited) {
              sessionStorage.removeItem(goKey);
              var element = document.getElementById(edited);
              if (element) element.scrollIntoView();
              // Scrolled to it again once the page is whole; the browser restores the scroll position again
              // only from the next time the page is left (restoring it now would undo this).
              window.addEventListener("load", function () { if (element) element.scrollIntoView(); });
              window.addEventListener("pagehide", function () { history.scrollRestoration = "auto"; });
            }
          } catch (e) {}
          var lost = false;
          function connect() {
            var socket = new WebSocket(address);
            socket.onopen = function () {
              // The server was stopped and started again: what it serves now may differ in any way.
              if (lost) location.reload();
            };
            socket.onmessage = function (event) {
              var state = JSON.parse(event.data);
              // A new generation: the page goes to the edit, or reloads when the build changed what it shows
              // (before the first good build, the page waiting for it always does).
              if (loaded !== null && String(state.generation) !== loaded) {
                if (state.go) { go(state.go); return; }
                if (loaded === "0" || state.changed > Number(loaded)) { location.reload(); return; }
              }
              if (state.problems) { show(state.problems); } else { clear(); }
            };
            socket.onclose = function () {
              lost = true;
              setTimeout(connect, 1000);
            };
          }
          connect();
        })();
        """#
}

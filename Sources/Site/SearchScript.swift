/// The search page's script: reads `?q=` into the box, finds the sections whose words start with every word
/// of the query, and lists them best first (whole-word matches count double, words in the section's title
/// count more). Plain ES2018, no libraries.
enum SearchScript {
    static let source = """
        (function () {
          "use strict";
          var data = window.LESSONRUN_SEARCH;
          var box = document.querySelector(".search input");
          var list = document.getElementById("search-results");
          var status = document.getElementById("search-status");
          if (!data || !box || !list || !status) return;
          var terms = Object.keys(data.terms);

          function words(text) {
            return text.toLowerCase().normalize("NFD").replace(/[\\u0300-\\u036f]/g, "")
              .split(/[^\\p{L}\\p{N}]+/u).filter(function (word) { return word.length > 1; });
          }

          function find(query) {
            var scores = null;
            words(query).forEach(function (word) {
              var hits = {};
              terms.forEach(function (term) {
                if (term.indexOf(word) !== 0) return;
                data.terms[term].forEach(function (id) { hits[id] = (hits[id] || 0) + (term === word ? 2 : 1); });
              });
              if (scores === null) { scores = hits; return; }
              var both = {};
              Object.keys(scores).forEach(function (id) { if (hits[id]) both[id] = scores[id] + hits[id]; });
              scores = both;
            });
            if (scores === null) return [];
            var asked = words(query);
            Object.keys(scores).forEach(function (id) {
              var section = data.sections[id], title = words(section[2] || data.pages[section[0]][1]);
              asked.forEach(function (word) {
                if (title.some(function (t) { return t.indexOf(word) === 0; })) scores[id] += 3;
              });
            });
            return Object.keys(scores).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
          }

          function show(query) {
            var found = find(query);
            list.textContent = "";
            found.slice(0, 50).forEach(function (id) {
              var section = data.sections[id], page = data.pages[section[0]];
              var item = document.createElement("li"), link = document.createElement("a");
              link.href = page[0] + (section[1] ? "#" + section[1] : "");
              link.textContent = section[2] ? page[1] + " › " + section[2] : page[1];
              item.appendChild(link);
              list.appendChild(item);
            });
            var count = found.length === 1 ? "1 section" : found.length + " sections";
            status.textContent = query.trim()
              ? count + " match “" + query.trim() + "”."
              : "Type a word to search the course.";
          }

          var query = new URLSearchParams(window.location.search).get("q") || "";
          box.value = query;
          show(query);
          box.addEventListener("input", function () { show(box.value); });
        })();

        """
}

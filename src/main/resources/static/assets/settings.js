// Progressive enhancement of the profile form: a live count of the bio's characters and a preview of the
// avatar. The form works the same without it.
(function () {
  "use strict";

  var bio = document.getElementById("bio");
  var count = document.getElementById("bio-count");
  if (bio && count) {
    var max = Number(bio.getAttribute("data-max-length"));
    var update = function () {
      // characters as a person counts them (an emoji is one), as the server does
      var used = Array.from(bio.value).length;
      count.textContent = used + " of " + max + " characters";
      count.classList.toggle("error", used > max);
    };
    bio.addEventListener("input", update);
    update();
  }

  var avatar = document.getElementById("avatarUrl");
  var preview = document.getElementById("avatar-preview");
  if (avatar && preview) {
    var show = function () {
      var url = avatar.value.trim();
      var usable = /^https?:\/\/\S+$/i.test(url);
      preview.hidden = !usable;
      if (usable) {
        preview.src = url;
      }
    };
    avatar.addEventListener("change", show);
    avatar.addEventListener("input", show);
    preview.addEventListener("error", function () { preview.hidden = true; });
  }
})();

// Runs before the first paint: applies the saved theme and language so nothing flashes.
(function () {
  var root = document.documentElement;
  try {
    var saved = JSON.parse(localStorage.getItem('dyplomacja.preferences') || '{}');
    if (saved.theme === 'light' || saved.theme === 'dark') root.setAttribute('data-theme', saved.theme);
    if (saved.lang === 'en') {
      root.lang = 'en';
      // The exported HTML is Polish; hide it until the app has switched to English.
      root.classList.add('prefs-pending');
      setTimeout(function () { root.classList.remove('prefs-pending'); }, 2000);
    }
  } catch (e) {
    /* unreadable preferences: keep the defaults */
  }
})();

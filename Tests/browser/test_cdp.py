"""The test harness's own promise: a poll survives the page reloading under it (the served site reloads on a save)."""

from cdp import NAVIGATION_ERRORS

# A page that reloads itself every 30 ms, twenty times, counting in sessionStorage.
RELOADING = """<!doctype html><title>reloading</title><script>
const count = Number(sessionStorage.getItem("count") || 0) + 1;
sessionStorage.setItem("count", count);
if (count < 20) setTimeout(() => location.reload(), 30);
</script>"""

# A poll that takes 50 ms to answer, so nearly every poll is still in flight when its document goes away: DevTools
# then answers with an error instead of a value.
SLOW_POLL = "new Promise(done => setTimeout(() => done(Number(sessionStorage.getItem('count')) >= 20), 50))"


def test_a_poll_goes_on_across_reloads(browser, tmp_path):
    page_file = tmp_path / "reloading.html"
    page_file.write_text(RELOADING)
    tab = browser.page(page_file.as_uri())
    try:
        assert tab.wait_until(SLOW_POLL, timeout=30)
    finally:
        tab.close()


def test_a_failing_expression_is_still_an_error(browser, tmp_path):
    page_file = tmp_path / "still.html"
    page_file.write_text("<!doctype html><title>still</title>")
    tab = browser.page(page_file.as_uri())
    try:
        try:
            tab.wait_until("no_such_name.value", timeout=2)
        except RuntimeError as error:
            assert not any(mark in str(error) for mark in NAVIGATION_ERRORS)
            assert "no_such_name" in str(error)
        else:
            raise AssertionError("a script error was swallowed")
    finally:
        tab.close()

"""Open `kg viz`'s page in headless Chromium with every network request refused, and check what the
browser drew: the canvas has each node's class colour where vis-network placed the node, hovering
shows the evidence, the legend hides a class. The screenshot is kept as out/viz-screenshot.png."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.viz.style import class_colour

REPO = Path(__file__).resolve().parents[2]
CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
SCREENSHOT = REPO / "out" / "viz-screenshot.png"

# The colour of the canvas at a point of the page (in CSS pixels from the canvas's top left corner).
PIXEL = """
const canvas = document.querySelector('#graph canvas'), ratio = canvas.width / canvas.clientWidth;
const x = Math.round(arguments[0] * ratio), y = Math.round(arguments[1] * ratio);
if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return null;
return Array.from(canvas.getContext('2d').getImageData(x, y, 1, 1).data);
"""
# For each node drawn: where vis-network put it and the colour of the canvas there.
DRAWN = """
const network = window.kg.network, positions = network.getPositions(), pixel = new Function(arguments[0]);
return window.kg.nodes.get({filter: function (n) { return !n.hidden; }}).map(function (n) {
  const dom = network.canvasToDOM(positions[n.id]);
  return {id: n.id, cls: n.cls, x: dom.x, y: dom.y, rgba: pixel.call(null, dom.x, dom.y)};
});
"""


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def painted(node: dict) -> bool:
    """The pixel at the node's centre has its class colour (vis-network fills a dot with it)."""
    return node["rgba"] is not None and all(abs(a - b) <= 12 for a, b in zip(node["rgba"][:3], rgb(class_colour(node["cls"]))))


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        message = "Debian's chromium and chromium-driver are not installed (scripts/setup.d/30-chromium.sh)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,900", "--force-device-scale-factor=1",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
                 # no network: every host name fails to resolve and every connection goes to a closed port
                 "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def page(graph_out, tmp_path_factory, browser):
    from selenium.webdriver.support.ui import WebDriverWait

    html = tmp_path_factory.mktemp("viz") / "graph.html"
    run = subprocess.run([sys.executable, "-m", "kg", "viz", str(graph_out), "--out", str(html), "--quiet"],
                         capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 0, run.stderr
    browser.get(html.as_uri())
    WebDriverWait(browser, 90).until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))
    return browser


def test_the_page_drew_every_node_in_its_class_colour(page, graph):
    nodes = page.execute_script(DRAWN, PIXEL)
    assert len(nodes) == sum(1 for n in graph.to_networkx().degree if n[1] > 0) > 50
    on_canvas = [n for n in nodes if n["rgba"] is not None]
    assert len(on_canvas) == len(nodes)                 # fitted: every node inside the canvas
    drawn = [n for n in nodes if painted(n)]
    assert len(drawn) >= 0.9 * len(nodes)               # a few may lie under a neighbour's label
    assert {n["cls"] for n in drawn} >= {"Locality", "Country", "ForeignRegion", "PolicyDocument", "Pillar"}


def test_nothing_was_fetched(page):
    assert page.execute_script("return performance.getEntriesByType('resource').map(e => e.name)") == []
    assert page.execute_script("return typeof vis") == "object"


def test_the_screenshot_shows_the_graph(page):
    from PIL import Image

    image = Image.open(SCREENSHOT).convert("RGB")
    colours = {rgb(class_colour(c)) for c in ("Locality", "Country")}
    pixels = sum(count for count, colour in image.getcolors(image.width * image.height) if colour in colours)
    assert image.width == 1400 and pixels > 500


def test_hovering_a_node_shows_its_names(page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    node = next(n for n in page.execute_script(DRAWN, PIXEL) if n["id"] == "cao-bang")
    canvas = page.find_element(By.CSS_SELECTOR, "#graph canvas")
    size = canvas.size
    ActionChains(page).move_to_element_with_offset(canvas, int(node["x"] - size["width"] / 2),
                                                   int(node["y"] - size["height"] / 2)).perform()
    tip = WebDriverWait(page, 10).until(
        lambda d: d.execute_script("const t = document.querySelector('div.vis-tooltip');"
                                   "return t && t.style.visibility !== 'hidden' ? t.innerText : null"))
    assert tip.startswith("Cao Bang (Cao Bằng) · Locality") and "Цаобан" in tip


def test_unticking_a_class_hides_its_nodes(page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    before = [n for n in page.execute_script(DRAWN, PIXEL) if n["cls"] == "Locality"]
    assert sum(painted(n) for n in before) >= len(before) - 1 > 0    # the one under the mouse is highlighted
    page.find_element(By.CSS_SELECTOR, 'input[data-class="Locality"]').click()
    assert not any(n["cls"] == "Locality" for n in page.execute_script(DRAWN, PIXEL))
    WebDriverWait(page, 10).until(      # vis-network redraws on the next animation frame
        lambda d: not any(painted(dict(n, rgba=d.execute_script(PIXEL, n["x"], n["y"]))) for n in before))
    page.find_element(By.CSS_SELECTOR, 'input[data-class="Locality"]').click()


HOSTILE = "<!--<script> & &amp; \u2028\u2029 \"q\" 'a' </p>"


def test_a_hostile_name_is_drawn_and_shown_as_written(graph, tmp_path, browser):
    """A name that would close, comment out or break the page's data script if it were pasted in raw."""
    from selenium.webdriver.support.ui import WebDriverWait

    from kg.export.write import write_outputs

    graph.entities["cao-bang"].en = HOSTILE
    try:
        write_outputs(graph, tmp_path / "out", ["turtle"])
    finally:
        graph.entities["cao-bang"].en = "Cao Bang"
    html = tmp_path / "graph.html"
    run = subprocess.run([sys.executable, "-m", "kg", "viz", str(tmp_path / "out"), "--out", str(html), "--quiet"],
                         capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 0, run.stderr
    browser.get(html.as_uri())
    WebDriverWait(browser, 90).until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    assert browser.execute_script("return window.kg.nodes.get('cao-bang').label") == HOSTILE
    assert browser.execute_script("return document.querySelectorAll('script').length") == 3
    drawn = {n["id"]: n for n in browser.execute_script(DRAWN, PIXEL)}
    assert painted(drawn["cao-bang"])

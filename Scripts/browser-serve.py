#!/usr/bin/env python3
"""The page of `probis serve` in headless Chromium, as an officer uses it.

    Scripts/browser-serve.py URL SAMPLES_FOLDER CLI_REKAP [SCREENSHOT]

Opens the page, picks the whole SAMPLES_FOLDER with the folder picker (the page packs it into a
ZIP in the browser), waits for the report, checks the report table and the download links,
then downloads REKAP.xlsx through its link and compares it byte for byte with CLI_REKAP (the
one `probis consolidate` wrote). Prints one line per check; exit 0 when all pass.
Needs Debian's chromium and chromium-driver, and selenium from PyPI.
"""
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.chrome.service import Service


def main():
    url, samples, cli_rekap = sys.argv[1], sys.argv[2], sys.argv[3]
    screenshot = sys.argv[4] if len(sys.argv) > 4 else None
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    failures = 0

    def check(ok, what):
        nonlocal failures
        print(("ok   " if ok else "FAIL ") + what)
        failures += 0 if ok else 1

    try:
        driver.get(url + "?lang=id")
        check("Seret berkas .zip" in driver.page_source, "the page opens in Indonesian")
        picker = driver.find_element(By.ID, "folder-input")
        driver.execute_script("arguments[0].hidden = false;", picker)
        picker.send_keys(samples)
        job = driver.find_element(By.ID, "job")
        deadline = time.time() + 180
        while time.time() < deadline and job.get_attribute("data-state") not in ("done", "failed"):
            time.sleep(0.3)
        check(job.get_attribute("data-state") == "done", "the job finishes (state %s)" % job.get_attribute("data-state"))
        deadline = time.time() + 30
        while time.time() < deadline and not driver.find_elements(By.CSS_SELECTOR, "#report-table tr"):
            time.sleep(0.3)
        rows = driver.find_elements(By.CSS_SELECTOR, "#report-table tr")
        check(len(rows) == 6, "the report table has a row per submission (%d rows)" % (len(rows) - 1))
        check(any("Perlu perbaikan" in row.text or "Sesuai" in row.text for row in rows), "statuses are shown in Indonesian")
        links = {a.text: a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a.download")}
        for name in ["REKAP.xlsx", "tervalidasi.zip", "probis.sqlite", "laporan.json", "Kota Metro.xlsx"]:
            check(name in links, "a download link for " + name)
        if "REKAP.xlsx" in links:
            with urllib.request.urlopen(links["REKAP.xlsx"]) as response:
                downloaded = response.read()
            with open(cli_rekap, "rb") as handle:
                expected = handle.read()
            check(downloaded == expected, "REKAP.xlsx from the page is byte for byte the CLI's (%d bytes)" % len(downloaded))
        maps = driver.find_elements(By.ID, "maps-link")
        check(len(maps) == 1, "a link to the map site")
        if maps:
            page, href = driver.current_window_handle, maps[0].get_attribute("href")
            driver.switch_to.new_window("tab")
            driver.get(href)
            check("Kota Metro" in driver.page_source, "the map site opens")
            driver.close()
            driver.switch_to.window(page)
        driver.find_element(By.ID, "fix-preview").click()
        deadline = time.time() + 60
        while time.time() < deadline and not driver.find_elements(By.CSS_SELECTOR, "#fix-table tr"):
            time.sleep(0.3)
        check(len(driver.find_elements(By.CSS_SELECTOR, "#fix-table tr")) > 1, "fix previews its changes")
        jobs = driver.find_elements(By.CSS_SELECTOR, "#jobs tbody tr[data-id]")
        check(len(jobs) == 1, "the job is listed")
        if screenshot:
            driver.save_screenshot(screenshot)
    finally:
        driver.quit()
    print("browser: all checks passed" if not failures else "browser: %d checks failed" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

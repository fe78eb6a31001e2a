"""Exports of the register: the Excel workbook and the Word report to the district."""

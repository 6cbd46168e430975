import Foundation
import Outturn
import Testing
import _TestSupport
@testable import OutturnIO

/// Workbooks in (issue 14, item 1): .xlsx written by openpyxl (Fixtures/workbooks/make_workbooks.py), read to
/// the same panel as the CSV of the same figures; Chinese headers, captions, merged cells, percent cells,
/// units converted to the catalogue's; and every kind of bad workbook an error at its cell.
@Suite struct WorkbookTests {
    static let folder = "Tests/OutturnIOTests/Fixtures/workbooks/"
    func path(_ name: String) -> String { TestSupport.path(Self.folder + name) }

    func csvPanel(_ text: String) throws -> IndicatorPanel {
        let file = try TestSupport.temporaryPath("same.csv")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try PanelSource.read(path: file)
    }

    @Test func chineseLongSheetReadsAsItsCSV() throws {
        // Title row, 单位：万元 caption, 单位名称/年度/指标/金额（万元）, departments merged over their rows,
        // "1,234.5" in a text cell.
        let book = try PanelSource.load(path: path("budget-long.xlsx"))
        #expect(book.kind == .workbook)
        let csv = try csvPanel("""
            department,indicator,year,value,unit
            湖南省教育厅,budget_revenue,2022,12345.67,万元
            湖南省教育厅,budget_revenue,2023,13001.5,万元
            湖南省财政厅,budget_revenue,2022,8800,万元
            湖南省财政厅,budget_revenue,2023,9100.25,万元
            湖南省财政厅,budget_revenue,2024,1234.5,万元
            """)
        #expect(book.panel.observations == csv.observations)
        #expect(book.panel.indicators == csv.indicators)
        #expect(book.panel.departments.map(\.id) == csv.departments.map(\.id))
    }

    @Test func percentCellsOnAChosenSheet() throws {
        let loaded = try PanelSource.load(path: path("budget-long.xlsx"), options: PanelSource.Options(sheet: "执行率"))
        // 0.912 formatted 0.0% is 91.2 (percent), exactly.
        #expect(loaded.panel.observations.map(\.value) == [91.2, 95.5, 100])
        #expect(try loaded.panel.indicator("execution_rate").unit == "%")
        let missing = #expect(throws: DataError.self) { try PanelSource.load(path: path("budget-long.xlsx"), options: PanelSource.Options(sheet: "执行") ) }
        #expect(missing?.hint?.contains("\"预算执行\", \"执行率\"") == true)
    }

    @Test func wideYearsAndYuanConvertedToWanYuan() throws {
        // 2021年 / 2022 / FY2023 columns; 单位：元 beside the header: 123,456,789 元 is 12,345.6789 万元.
        let loaded = try PanelSource.load(path: path("budget-wide.xlsx"))
        let p = loaded.panel
        #expect(p.years == 2021..<2024)
        #expect(p[department: "教育厅", indicator: "total_expenditure", year: 2021] == 12345.6789)
        #expect(p[department: "财政厅", indicator: "total_expenditure", year: 2022] == 5.20005)
        #expect(p[department: "教育厅", indicator: "total_expenditure", year: 2023] == nil)
        #expect(try p.indicator("total_expenditure").unit == "万元")
        #expect(loaded.notes.contains { $0.message.contains("given in 元, converted to the catalogue's 万元") })
    }

    @Test(arguments: [
        ("bad-merged-header.xlsx", "Sheet1!B1: merged header cells B1:C1"),
        ("bad-formula.xlsx", "Sheet1!D2: a formula without a saved value"),
        ("bad-date-year.xlsx", "Sheet1!B2: year \"2022-01-01\" is not an integer"),
    ])
    func badWorkbooksAreErrorsAtTheirCell(_ file: String, _ expected: String) throws {
        let error = #expect(throws: DataError.self) { try PanelSource.load(path: path(file)) }
        #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
    }

    @Test func oldEncryptedAndDamagedFilesSayWhatToDo() throws {
        func write(_ bytes: [UInt8], _ name: String) throws -> String {
            let file = try TestSupport.temporaryPath(name)
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            return file
        }
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        let xls = #expect(throws: DataError.self) { try PanelSource.load(path: try write(ole, "old.xls")) }
        #expect(xls?.reason.contains("Excel 97-2003 workbook (.xls)") == true && xls?.hint?.contains("save it as .xlsx") == true)
        let encrypted = ole + Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let locked = #expect(throws: DataError.self) { try PanelSource.load(path: try write(encrypted, "locked.xlsx")) }
        #expect(locked?.reason.contains("protected by a password") == true)
        let damaged = #expect(throws: DataError.self) { try PanelSource.load(path: try write([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "damaged.xlsx")) }
        #expect(damaged?.reason.contains("not a readable workbook") == true)
    }

    @Test func chineseCSVHeadersCodesNamesUnitsAndPercent() throws {
        // A code and a name: the code is the id, the name the department's name; 金额（元） converted.
        let coded = try csvPanel("""
            单位编码,单位名称,年度,指标,金额（元）
            101,湖南省教育厅,2023,budget_revenue,"12,345"
            """)
        #expect(coded.departments == [Department(id: "101", name: "湖南省教育厅")])
        #expect(coded[department: "101", indicator: "budget_revenue", year: 2023] == 1.2345)
        // 单位 alone is the department; beside another department column it is the unit of measure.
        let unitAsDepartment = try csvPanel("单位,年度,指标,数值\n教育厅,2023,execution_rate,91.2%\n")
        #expect(unitAsDepartment.departments.map(\.id) == ["教育厅"])
        #expect(unitAsDepartment[department: "教育厅", indicator: "execution_rate", year: 2023] == 91.2)
        let unitOfMeasure = try csvPanel("部门,年度,指标,数值,单位\n教育厅,2023,staff,120,人\n")
        #expect(try unitOfMeasure.indicator("staff").unit == "人")
    }

    @Test func columnMappingNamesOddHeaders() throws {
        let file = try TestSupport.temporaryPath("odd.csv")
        try "单位全称x,统计年份,项目,决算数\n教育厅,2023,total_expenditure,5\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: DataError.self) { try PanelSource.read(path: file) }
        let mapping = try ColumnMapping.fromArgument("department=单位全称x, year=统计年份, indicator=项目, value=决算数")
        let p = try PanelSource.read(path: file, options: PanelSource.Options(columns: mapping))
        #expect(p[department: "教育厅", indicator: "total_expenditure", year: 2023] == 5)
        // The same from a mapping file, and a wrong role named.
        let map = try TestSupport.temporaryPath("columns.txt")
        try "# 2023 决算表\ndepartment=单位全称x\nyear=统计年份\nindicator=项目\nvalue=决算数\n".write(toFile: map, atomically: true, encoding: .utf8)
        #expect(try PanelSource.read(path: file, options: PanelSource.Options(columns: try ColumnMapping.fromArgument(map))) == p)
        // A mapping naming a header the file lacks is an error that lists the header's columns.
        let missing = #expect(throws: DataError.self) {
            try PanelSource.read(path: file, options: PanelSource.Options(columns: try ColumnMapping.fromArgument("department=单位名称, year=统计年份, indicator=项目, value=决算数")))
        }
        #expect(missing?.reason.contains("names \"单位名称\" for department, but the header has no such column") == true)
        let wrong = #expect(throws: DataError.self) { try ColumnMapping.fromArgument("dept=单位") }
        #expect(wrong?.reason == "\"dept\" is not a column role")
    }

    @Test func excelSerialDates() {
        // Excel: 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01 (60 is Excel's fictitious 29 February),
        // 44562 is 2022-01-01, 45657 is 2024-12-31.
        for (serial, date) in [(1.0, (1900, 1, 1)), (59, (1900, 2, 28)), (61, (1900, 3, 1)), (44562, (2022, 1, 1)), (45657, (2024, 12, 31)), (45657.75, (2024, 12, 31))] {
            let d = WorkbookReader.date(serial: serial)
            #expect(d.map { [$0.0, $0.1, $0.2] } == [date.0, date.1, date.2], "\(serial)")
        }
        #expect(WorkbookPanel.percent(0.912) == 91.2 && WorkbookPanel.percent(0.955) == 95.5 && WorkbookPanel.percent(0.07) == 7)
    }
}

/// A catalogue indicator named by its Chinese name in a file is that indicator (unit, kind, bounds).
@Suite struct CatalogueNameTests {
    @Test func chineseIndicatorNamesAreCatalogueIndicators() throws {
        let file = try TestSupport.temporaryPath("names.csv")
        try "部门,指标,2021年,2022年\n教育厅,预算执行率,91.2%,95%\n".write(toFile: file, atomically: true, encoding: .utf8)
        let loaded = try PanelSource.load(path: file)
        #expect(loaded.panel.indicators.map(\.id) == ["execution_rate"])
        #expect(loaded.panel.indicators[0].unit == "%" && loaded.panel.indicators[0].kind == .rate)
        #expect(loaded.notes.contains { $0.message.contains("read as the catalogue's execution_rate") })
    }
}

/// Department aliases (issue 14, item 3): one office under a report's name and a data file's id is one
/// department once the alias is declared.
@Suite struct DepartmentAliasTests {
    @Test func aliasesMergeDepartments() throws {
        let csv = try TestSupport.temporaryPath("two-names.csv")
        try """
            department,indicator,year,value,department_name,department_region
            hun-finance,budget_revenue,2022,100,湖南省财政厅,湖南省
            湖南省财政厅,budget_revenue,2023,110,,
            湖南省财政厅,staff_in_service,2023,329,,
            hun-education,budget_revenue,2023,90,湖南省教育厅,
            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let aliases = try TestSupport.temporaryPath("aliases.txt")
        try "# the report names the office, the CSV uses its id\n湖南省财政厅 = hun-finance\n".write(toFile: aliases, atomically: true, encoding: .utf8)
        var options = PanelSource.Options()
        options.aliases = try DepartmentAliases.load(path: aliases)
        let p = try PanelSource.read(path: csv, options: options)
        #expect(p.departments.map(\.id) == ["hun-finance", "hun-education"])
        #expect(p.departments[0].name == "湖南省财政厅" && p.departments[0].attributes["region"] == "湖南省")
        #expect(p[department: "hun-finance", indicator: "budget_revenue", year: 2022] == 100)
        #expect(p[department: "hun-finance", indicator: "budget_revenue", year: 2023] == 110)
        #expect(p[department: "hun-finance", indicator: "staff_in_service", year: 2023] == 329)
        // Two different values for one cell: an error naming the alias.
        let conflict = try TestSupport.temporaryPath("conflict.csv")
        try "department,indicator,year,value\nhun-finance,budget_revenue,2023,100\n湖南省财政厅,budget_revenue,2023,110\n".write(toFile: conflict, atomically: true, encoding: .utf8)
        let error = #expect(throws: DataError.self) { try PanelSource.read(path: conflict, options: options) }
        #expect(error?.reason.contains("is an alias of \"hun-finance\"") == true)
        // A malformed line is an error at its line.
        try "湖南省财政厅 hun-finance\n".write(toFile: aliases, atomically: true, encoding: .utf8)
        let bad = #expect(throws: DataError.self) { try DepartmentAliases.load(path: aliases) }
        #expect(bad?.location?.line == 1)
    }
}

/// Monthly figures in a workbook (issue 21): title rows and a caption skipped, date-formatted periods read as
/// their month, a department merged over its rows, errors at their cell.
@Suite struct MonthlyWorkbookTests {
    let book = TestSupport.path("Tests/OutturnIOTests/Fixtures/workbooks/monthly-execution.xlsx")

    @Test func aBudgetOfficesMonthlySheet() throws {
        let panel = try MonthlyCSV.read(path: book)
        #expect(panel.units.map(\.id) == ["hun-education", "hun-finance"] && panel.years == 2022..<2025)
        #expect(panel.value(unitAt: 0, indicatorAt: 0, year: 2024, month: 3) == 360)   // merged department cell, date period
        #expect(panel.value(unitAt: 1, indicatorAt: 0, year: 2023, month: 12) == 528)
        #expect(panel.value(unitAt: 1, indicatorAt: 0, year: 2024, month: 12).isNaN)
        let error = #expect(throws: DataError.self) { try MonthlyCSV.read(path: book, sheet: "错误") }
        #expect(error?.description.contains("错误!D3") == true && error?.description.contains("month 13") == true, "\(String(describing: error))")
    }

    @Test func periodsInEveryUsualForm() {
        for text in ["2024-06", "2024-6", "2024/06", "2024.06", "202406", "2024年6月", "2024-06-30"] {
            #expect(MonthlyCSV.parsePeriod(text)! == (2024, 6), "\(text)")
        }
        for text in ["June 2024", "2024", "24-06", "2024-06-32"] { #expect(MonthlyCSV.parsePeriod(text) == nil, "\(text)") }
    }
}

// The scoring schemes shipped with Outturn, compiled into the library so that `outturn` needs no resource
// bundle at run time and runs from wherever it is copied. Each is the JSON a user would write in a scheme file
// (the format is `ScoringScheme`'s Codable form); `SchemeFiles.load` reads them exactly as it reads a file.
enum ShippedSchemes {
    /// Name -> JSON text.
    static let json: [(name: String, text: String)] = [
        ("standard", standard),
        ("provincial-example", provincialExample),
    ]

    /// The standard scheme of the evaluation rules in REFERENCE.md.
    static let standard = #"""
{
  "name": "standard",
  "title": "部门整体支出绩效自评（预算执行 10、产出 50、效益 30、满意度 10）",
  "decimals": 2,
  "grades": [
    {"grade": "优", "minimum": 90},
    {"grade": "良", "minimum": 80},
    {"grade": "中", "minimum": 60},
    {"grade": "差", "minimum": 0}
  ],
  "items": [
    {"indicator": "execution_rate", "weight": 10, "rule": {"type": "proportional"}},
    {"indicator": "score_output", "weight": 50, "rule": {"type": "given"}},
    {"indicator": "score_benefit", "weight": 30, "rule": {"type": "given"}},
    {"indicator": "score_satisfaction", "weight": 10, "rule": {"type": "given"}}
  ]
}
"""#

    /// An example of a provincial scheme with bands and deductions.
    static let provincialExample = #"""
{
  "name": "provincial-example",
  "title": "部门整体支出绩效评价（省级示例）：执行率分档、“三公”经费与公用经费控制率扣分、产出效益满意度",
  "decimals": 2,
  "grades": [
    {"grade": "优", "minimum": 90},
    {"grade": "良", "minimum": 80},
    {"grade": "中", "minimum": 60},
    {"grade": "差", "minimum": 0}
  ],
  "derived": [
    {"id": "three_public_control_rate", "numerator": "three_public_expenditure", "denominator": "three_public_budget", "scale": 100, "unit": "%"},
    {"id": "public_expenditure_control_rate", "numerator": "public_expenditure", "denominator": "public_expenditure_budget", "scale": 100, "unit": "%"}
  ],
  "items": [
    {"indicator": "execution_rate", "weight": 20, "rule": {"type": "bands", "otherwise": 0, "bands": [
      {"minimum": 95, "points": 20},
      {"minimum": 90, "points": 17},
      {"minimum": 80, "points": 12},
      {"minimum": 60, "points": 6}
    ]}},
    {"indicator": "three_public_control_rate", "weight": 6, "rule": {"type": "deduction", "limit": 100, "per": 1, "points": 1}},
    {"indicator": "public_expenditure_control_rate", "weight": 4, "rule": {"type": "deduction", "limit": 100, "per": 1, "points": 0.5}},
    {"indicator": "score_output", "weight": 40, "rule": {"type": "given"}},
    {"indicator": "score_benefit", "weight": 20, "rule": {"type": "given"}},
    {"indicator": "score_satisfaction", "weight": 10, "rule": {"type": "given"}}
  ]
}
"""#
}

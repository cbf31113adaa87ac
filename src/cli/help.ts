/** The help texts, in Chinese: `nianbao --help`, `nianbao help check`, `nianbao template --help`. */

export const MAIN_HELP = `nianbao —— 政府信息公开工作年度报告统计表：生成模板、校验 Excel 文件、生成正文表述

用法：
  nianbao template [--format 格式] [--year 年度] --agency 单位名称 --out 文件.xlsx [--force]
  nianbao check [--json] [--summary 汇总.xlsx] [--year 年度] [--previous 上年报告] 文件或文件夹...
  nianbao narrative [--self 称谓] [--agency 单位名称] [--year 年度] [--style 风格] 文件.xlsx
  nianbao help [命令]

命令：
  template   生成官方格式的统计表（.xlsx），可直接填写
  check      校验填好的统计表：勾稽关系、数值、格式与年度是否相符
  narrative  按统计表生成报告正文中的表述（如“未收到政府信息公开申请”），年度和称谓自动填入
  help       显示帮助；nianbao help check 显示 check 的详细说明

退出码：
  0  全部文件已读取，没有“错误”级问题（narrative：正文完整）
  1  有“错误”级问题（文件中没有找到统计表也算）；narrative：有表述因单元格空白等未能生成，
     或统计表有“错误”级问题
  2  参数有误，或有文件无法读取、无法写入（优先于 1）

例如：
  nianbao template --year 2024 --agency "XX市审计局" --out 2024年报统计表.xlsx
  nianbao check 2024年报统计表.xlsx
  nianbao check --json 各单位年报/ > 结果.json
  nianbao narrative --self 我局 2024年报统计表.xlsx > 正文.txt
`;

export const TEMPLATE_HELP = `用法：nianbao template [--format 格式] [--year 年度] --agency 单位名称 --out 文件.xlsx [--force]

生成政府信息公开工作年度报告的统计表，写入一个新的 .xlsx 文件。

选项：
  --format 格式   legacy-2014    2018 年及以前的统计表（国办发〔2014〕32号）
                  national-2019  2019 试行格式（2019、2020 年度）
                  national-2021  2021 版格式（2021 年度起）
                  不写时按报告年度选用应当使用的格式
  --year 年度     报告年度，四位数字，2008 年起；不写时 1–3 月为上一年，4 月起为当年
  --agency 名称   单位全称，写在表格标题中（必填）
  --out 文件      要生成的 .xlsx 文件（必填）
  --force         文件已存在时覆盖它（不写则不会覆盖）

例如：
  nianbao template --year 2024 --agency "XX市审计局" --out 2024年报统计表.xlsx
`;

export const CHECK_HELP = `用法：nianbao check [选项] 文件或文件夹...

校验年度报告中的政府信息公开统计表。可读取 Excel 工作簿（.xlsx .xlsm .xltx .xltm）、旧版 Excel 和
WPS 表格（.xls .et）、Word 文档（.docx）、网页（.html .htm）和 PDF（.pdf）。给出文件夹时，校验其中
（含子文件夹）全部这些文件，按路径排序；Excel 的临时文件（~$ 开头）会跳过。文件夹中其他格式的报告
（.doc .wps .ods .csv .xlsb .ofd 等）、无法打开的子文件夹，也列为“无法读取”并说明怎么办。

每个文件列出找到的表（工作表、区域、格式、报告年度）和发现的问题，按级别分组：
  错误  必须改正的问题，例如合计与分项之和不等
  核实  通常有误、但也可能合理的情况，请核实后决定是否修改
  提示  供参考的提示

选项：
  --json        只在标准输出打印一个 JSON 文档（供脚本使用），其他信息写到标准错误
  --summary 文件
                另外写一个汇总工作簿（.xlsx）：“汇总”表每个文件一行（单位、年度、格式、错误/核实/提示
                个数、无法读取的原因），“问题清单”表列出全部问题；文件已存在时不覆盖
  --force       与 --summary 一起使用：覆盖已有的汇总文件
  --year 年度   报告年度；文件中写明的年度以此为准（不写时从标题、工作表名、文件名中识别）
  --previous 文件
                同一单位上一年度的报告，用于跨年度核对：本年“上年结转”应等于上年“结转下年度”，
                现行有效件数应等于上年现行有效件数加本年制发减本年废止，数字与上年完全相同（内容雷同）也会提示；
                只能与一个文件一起使用
  --timeout 秒  每个文件读取和校验的时间上限，默认 60 秒；超时的文件记为无法读取，其他文件照常校验
  --memory 兆字节
                每个文件可用的内存上限，默认 512；超出的文件（如异常庞大的工作表）记为无法读取

每个文件在单独的工作线程中读取和校验：一个文件损坏、过大或异常，只影响这一个文件。
在终端中运行时，标准错误上显示进度（已检查 37/100 个文件…）。

退出码：
  0  全部文件已读取，没有“错误”级问题
  1  有“错误”级问题；文件中没有找到统计表也算作错误，以免批量校验时被忽略
  2  参数有误，或有文件无法读取（文件不存在、已损坏、设有密码、格式不支持、过大等），
     或文件夹中没有可校验的文件，或汇总文件无法写入；其他文件照常校验，退出码 2 优先于 1
`;

export const NARRATIVE_HELP = `用法：nianbao narrative [选项] 文件.xlsx

按 .xlsx 文件中的统计表生成报告正文的表述：没有发生的事项用规范的“零报告”句式
（如“2024年，我局未收到政府信息公开申请。”），有数字的写明数字；年度和称谓自动填入。
表述按报告的章节标题排列，打印到标准输出，可直接粘贴到 Word 报告或重定向到文件；
哪些表述未生成、为什么，写到标准错误。

空白单元格不等于 0：某项表述所依据的单元格空白（或不是数字、找不到）时，不生成该表述，
并说明应填写哪些单元格。

选项：
  --self 称谓       正文中对本机关的称谓：我局、我单位、本机关等，或本机关简称（如 区审计局）；
                    不写时按单位名称选用（…局 用“我局”，…委 用“我委”，其他用“我单位”）
  --agency 名称     单位全称，写在标题中；不写时从统计表标题中识别
  --year 年度       报告年度；不写时从统计表标题、工作表名、文件名中识别
  --style 风格      standard（标准，与常见报告一致，默认）、concise（简明）、detailed（详细）
  --fees 金额       2019 年起的报告：本年收取的信息处理费，单位为元（统计表中没有这一项），
                    未收取写 0；不写则不生成信息处理费的表述
  --proposals 件数  2018 年及以前的报告：本年办理的人大代表建议和政协委员提案件数（统计表中
                    没有这一项），没有的写 0；不写则不生成第八部分的表述

退出码：
  0  正文完整：统计表能决定的表述都已生成（未给 --fees、--proposals 只作提示），统计表没有“错误”
  1  正文不完整：文件中没有找到统计表，或有表述因单元格空白、不是数字或找不到而未生成；
     或统计表有“错误”级问题（合计与分项不符等）：正文照常输出，但其中的数字可能不对
  2  参数有误，或文件无法读取（不存在、已损坏、设有密码、是 .xls 旧格式等）

例如：
  nianbao narrative --self 我局 2024年报统计表.xlsx
  nianbao narrative --self 本机关 --fees 0 --style detailed 2024年报统计表.xlsx > 正文.txt
`;

/** The help of a command, or null for a name that is no command. */
export function helpFor(command: string | undefined): string | null {
  switch (command) {
    case undefined:
      return MAIN_HELP;
    case "template":
      return TEMPLATE_HELP;
    case "check":
      return CHECK_HELP;
    case "narrative":
      return NARRATIVE_HELP;
    default:
      return null;
  }
}

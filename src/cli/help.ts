/** The help texts, in Chinese: `nianbao --help`, `nianbao help check`, `nianbao template --help`. */

export const MAIN_HELP = `nianbao —— 政府信息公开工作年度报告统计表：生成模板、校验 Excel 文件

用法：
  nianbao template [--format 格式] [--year 年度] --agency 单位名称 --out 文件.xlsx [--force]
  nianbao check [--json] [--year 年度] 文件或文件夹...
  nianbao help [命令]

命令：
  template  生成官方格式的统计表（.xlsx），可直接填写
  check     校验填好的统计表：勾稽关系、数值、格式与年度是否相符
  help      显示帮助；nianbao help check 显示 check 的详细说明

退出码：
  0  全部文件已读取，没有“错误”级问题
  1  有“错误”级问题（文件中没有找到统计表也算）
  2  参数有误，或有文件无法读取、无法写入（优先于 1）

例如：
  nianbao template --year 2024 --agency "XX市审计局" --out 2024年报统计表.xlsx
  nianbao check 2024年报统计表.xlsx
  nianbao check --json 各单位年报/ > 结果.json
`;

export const TEMPLATE_HELP = `用法：nianbao template [--format 格式] [--year 年度] --agency 单位名称 --out 文件.xlsx [--force]

生成政府信息公开工作年度报告的统计表，写入一个新的 .xlsx 文件。

选项：
  --format 格式   legacy-2014    2018 年及以前的统计表（国办发〔2014〕32号）
                  national-2019  2019 试行格式（2019、2020 年度）
                  national-2021  2021 版格式（2021 年度起）
                  不写时按报告年度选用应当使用的格式
  --year 年度     报告年度，四位数字，2008 年起；不写时为上一年
  --agency 名称   单位全称，写在表格标题中（必填）
  --out 文件      要生成的 .xlsx 文件（必填）
  --force         文件已存在时覆盖它（不写则不会覆盖）

例如：
  nianbao template --year 2024 --agency "XX市审计局" --out 2024年报统计表.xlsx
`;

export const CHECK_HELP = `用法：nianbao check [--json] [--year 年度] 文件或文件夹...

校验 .xlsx 文件中的政府信息公开统计表。给出文件夹时，校验其中（含子文件夹）全部 .xlsx 文件，
按路径排序；Excel 打开文件时生成的临时文件（~$ 开头）会跳过。

每个文件列出找到的表（工作表、区域、格式、报告年度）和发现的问题，按级别分组：
  错误  必须改正的问题，例如合计与分项之和不等
  核实  通常有误、但也可能合理的情况，请核实后决定是否修改
  提示  供参考的提示

选项：
  --json        只在标准输出打印一个 JSON 文档（供脚本使用），其他信息写到标准错误
  --year 年度   报告年度；文件中写明的年度以此为准（不写时从标题、工作表名、文件名中识别）

退出码：
  0  全部文件已读取，没有“错误”级问题
  1  有“错误”级问题；文件中没有找到统计表也算作错误，以免批量校验时被忽略
  2  参数有误，或有文件无法读取（文件不存在、已损坏、设有密码、是 .xls 旧格式等），
     或文件夹中没有 .xlsx 文件；其他文件照常校验，退出码 2 优先于 1
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
    default:
      return null;
  }
}

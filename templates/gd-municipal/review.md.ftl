<#-- 审阅用 Markdown：一行一个事实，申报表改动一处，这里只变一行（另加受影响的合计行）。 -->
<#-- Review Markdown: one fact per line, so one change in the YAML changes one line here. -->
<#macro text value><#if value?has_content><#list sentences(value) as s>
${s}
</#list><#else>
（未填写）
</#if></#macro>
<#-- 金额按表上印的两位小数显示；YAML 中的精确值多于两位小数时，在括号里一并列出。 -->
<#macro amount value>${value}<#if value.精确值?has_content>（精确值 ${value.精确值}）</#if></#macro>
# <#if 年度?has_content>${年度}年</#if>市级部门整体预算绩效目标表

- 部门名称：${部门名称}
<#if 年度?has_content>
- 年度：${年度}
</#if>
<#if 基本信息.财政供养人员数?has_content>
- 基本信息 › 财政供养人员数：${基本信息.财政供养人员数}
</#if>
<#if 基本信息.下属二级单位数?has_content>
- 基本信息 › 下属二级单位数：${基本信息.下属二级单位数}
</#if>

## 预算整体情况

| 栏目 | 项目 | 预算金额（万元） |
|---|---|---:|
<#list 预算整体情况 as 栏目, 金额>
<#list 金额 as 项目, 数>
| ${栏目} | ${项目} | <@amount 数/> |
</#list>
</#list>

## 总体绩效目标

<@text 总体绩效目标/>

## 年度重点工作任务

<#list 年度重点工作任务 as 任务>
### ${任务.名称}

- 拟投入的资金（万元）：<@amount 任务.拟投入的资金/>

主要实施内容：

<@text 任务.主要实施内容/>

期望达到的目标（概述）：

<@text 任务.期望达到的目标/>

<#else>
（未填写）
</#list>

## 其他需完成的任务（可选填）

<@text 其他需完成的任务/>

## 绩效指标

| 一级指标 | 二级指标 | 三级指标 | 实施周期指标值 | 年度指标值 |
|---|---|---|---|---|
<#list 绩效指标行 as 指标>
| ${指标.一级指标} | ${指标.二级指标} | ${指标.三级指标} | ${指标.实施周期指标值} | ${指标.年度指标值} |
</#list>

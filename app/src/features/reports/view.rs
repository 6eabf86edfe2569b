//! The service manager's reports: each table of figures for the last year by month or quarter,
//! with a chart a board paper can take as it is (server-drawn SVG with a title, a description and
//! the table beside it) and a CSV download with small numbers suppressed.

use super::words::*;
use crate::components::use_lang;
use crate::components::Page;
use crate::domain::reports::{Cell, Grain, Measure, Row, Table, TableId};
use crate::features::reports::api::load_reports;
use crate::features::reports::ReportsPage;
use crate::i18n::{Lang, T};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn cell_shown(cell: &Cell) -> String {
    match cell {
        Cell::Count(n) => n.to_string(),
        Cell::Percent(Some(p)) => format!("{p:.1}%"),
        Cell::Minutes(Some(m)) => m.to_string(),
        Cell::Percent(None) | Cell::Minutes(None) => "–".to_string(),
        // Never on the page (managers see the counts); here for completeness.
        Cell::Suppressed => "*".to_string(),
    }
}

#[component]
pub fn Reports() -> impl IntoView {
    let lang = use_lang();
    let grain = use_query_map().with_untracked(|q| Grain::parse(&q.get("grain").unwrap_or_default()));
    let data = OnceResource::new(async move { load_reports(grain.as_str().to_string()).await });
    view! {
        <Page title=T::ReportsTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => view! { <ReportsView page=page lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn ReportsView(page: ReportsPage, lang: Lang) -> impl IntoView {
    let grain = page.grain;
    let switch = |g: Grain, label: T| {
        let current = (g == grain).then_some("page");
        view! { <li><a href=format!("/staff/reports?grain={}", g.as_str()) aria-current=current>{label.get(lang)}</a></li> }
    };
    view! {
        <p>{T::ReportsIntro.get(lang)}</p>
        <nav aria-label=T::ReportsGrain.get(lang)>
            <ul class="link-list link-list--inline">
                {switch(Grain::Month, T::ReportsByMonth)}
                {switch(Grain::Quarter, T::ReportsByQuarter)}
            </ul>
        </nav>
        <p class="hint">
            {T::ReportsSuppressed.fill(lang, &[("n", &page.suppress_below.to_string()), ("max", &page.suppress_below.saturating_sub(1).to_string())])}
        </p>
        {page.tables.into_iter().map(|table| view! { <ReportTable table=table grain=grain below=page.suppress_below lang=lang/> }).collect_view()}
    }
    .into_any()
}

#[component]
fn ReportTable(table: Table, grain: Grain, below: u32, lang: Lang) -> impl IntoView {
    let id = table.id.as_str();
    let title = table_title(table.id).get(lang);
    // A chart goes into board papers as it is: it is drawn from the figures as published.
    let chart = chart_for(&crate::domain::reports::suppressed(&table, below), lang);
    let periods: Vec<String> = table.periods.iter().map(|p| period_name(*p, lang)).collect();
    view! {
        <section class="report" aria-labelledby=format!("{id}-heading")>
            <h2 id=format!("{id}-heading")>{title}</h2>
            {chart.map(|c| view! { <BarChart chart=c/> }.into_any())}
            // A wide table scrolls in its own box, which keyboard users can reach.
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby=format!("{id}-caption")>
                <table>
                    <caption id=format!("{id}-caption")>{title}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{T::ReportPeriod.get(lang)}</th>
                            {table.rows.iter().map(|r| view! { <th scope="col">{row_name(r, lang)}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {periods.into_iter().enumerate().map(|(column, name)| view! {
                            <tr>
                                <th scope="row">{name}</th>
                                {table.rows.iter().map(|r| view! { <td class="number">{cell_shown(&r.cells[column])}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p>
                <a class="button" href=format!("/staff/reports/{id}.csv?grain={}", grain.as_str()) download="">
                    {T::ReportDownload.fill(lang, &[("table", title)])}
                </a>
            </p>
        </section>
    }
    .into_any()
}

/// A chart: bars of a percentage per period, one series per group.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub id: String,
    pub title: String,
    pub description: String,
    pub periods: Vec<String>,
    pub series: Vec<(String, Vec<Option<f64>>)>,
}

fn percents(row: &Row) -> Vec<Option<f64>> {
    row.cells.iter().map(|c| if let Cell::Percent(p) = c { *p } else { None }).collect()
}

/// The charts a board paper wants: reviews on time, and the share who sent their views.
fn chart_for(table: &Table, lang: Lang) -> Option<Chart> {
    let periods: Vec<String> = table.periods.iter().map(|p| period_axis(*p, lang)).collect();
    let series: Vec<(String, Vec<Option<f64>>)> = match table.id {
        TableId::Timeliness => table
            .rows
            .iter()
            .filter(|r| r.measure == Measure::PercentOnTime)
            .map(|r| (measure_name(r.measure).get(lang).to_string(), percents(r)))
            .collect(),
        TableId::Participation => table
            .rows
            .iter()
            .filter(|r| r.measure == Measure::ReturnRate)
            .map(|r| (r.audience.map(|a| a.label().get(lang).to_string()).unwrap_or_default(), percents(r)))
            .collect(),
        _ => return None,
    };
    let (title, description) = match table.id {
        TableId::Timeliness => (T::ChartTimeliness, T::ChartTimelinessDesc),
        _ => (T::ChartReturnRate, T::ChartReturnRateDesc),
    };
    Some(Chart {
        id: format!("chart-{}", table.id.as_str()),
        title: title.get(lang).to_string(),
        description: description.get(lang).to_string(),
        periods,
        series,
    })
}

/// Colours with at least 3:1 contrast on white, told apart by the legend as well as by colour.
const SERIES_COLOURS: [&str; 3] = ["#0b6e69", "#5b3f8c", "#8a4b00"];

#[component]
fn BarChart(chart: Chart) -> impl IntoView {
    const WIDTH: f64 = 640.0;
    const HEIGHT: f64 = 260.0;
    const LEFT: f64 = 44.0;
    const RIGHT: f64 = 8.0;
    const TOP: f64 = 12.0;
    const BOTTOM: f64 = 48.0;
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let groups = chart.periods.len().max(1) as f64;
    let per_group = plot_w / groups;
    let bars = chart.series.len().max(1) as f64;
    let bar_w = (per_group * 0.8) / bars;
    let y = move |percent: f64| TOP + plot_h * (1.0 - percent.clamp(0.0, 100.0) / 100.0);
    let title_id = format!("{}-title", chart.id);
    let desc_id = format!("{}-desc", chart.id);
    let (labelled, described) = (title_id.clone(), desc_id.clone());
    let gridlines = [0.0, 50.0, 100.0]
        .into_iter()
        .map(|p| {
            let at = y(p);
            view! {
                <line x1=LEFT x2=WIDTH - RIGHT y1=at y2=at class="chart-grid"/>
                <text x=LEFT - 6.0 y=at + 4.0 text-anchor="end" class="chart-axis">{format!("{p:.0}%")}</text>
            }
        })
        .collect_view();
    let mut rects = Vec::new();
    for (s, (_, values)) in chart.series.iter().enumerate() {
        for (g, value) in values.iter().enumerate() {
            let x = LEFT + per_group * g as f64 + per_group * 0.1 + bar_w * s as f64;
            match value {
                // A white edge keeps neighbouring bars apart whatever their colours.
                Some(v) => rects.push(
                    view! {
                        <rect x=x y=y(*v) width=bar_w height=(TOP + plot_h - y(*v)).max(0.0)
                            fill=SERIES_COLOURS[s % SERIES_COLOURS.len()] stroke="#ffffff" stroke-width="1.5"/>
                    }
                    .into_any(),
                ),
                // No figure (nothing to count, or withheld): a dash, not a bar of nought.
                None => rects.push(
                    view! { <text x=x + bar_w / 2.0 y=TOP + plot_h - 4.0 text-anchor="middle" class="chart-axis">"–"</text> }.into_any(),
                ),
            }
        }
    }
    let labels = chart
        .periods
        .iter()
        .enumerate()
        .map(|(g, name)| {
            let x = LEFT + per_group * (g as f64 + 0.5);
            view! { <text x=x y=HEIGHT - BOTTOM + 16.0 text-anchor="middle" class="chart-axis">{name.clone()}</text> }
        })
        .collect_view();
    let legend = (chart.series.len() > 1).then(|| {
        view! {
            <ul class="chart-legend">
                {chart.series.iter().enumerate().map(|(s, (name, _))| view! {
                    <li><span class=format!("chart-key chart-key--{}", s % SERIES_COLOURS.len())></span>{name.clone()}</li>
                }).collect_view()}
            </ul>
        }
    });
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby=labelled aria-describedby=described
                xmlns="http://www.w3.org/2000/svg">
                <title id=title_id>{chart.title.clone()}</title>
                <desc id=desc_id>{chart.description.clone()}</desc>
                {gridlines}
                {rects}
                {labels}
            </svg>
            {legend}
        </figure>
    }
    .into_any()
}

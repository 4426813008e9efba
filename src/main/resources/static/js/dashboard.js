// Draws each dashboard chart from the table next to it, so the numbers exist once (in the table,
// for screen readers and print) and the page works without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
    if (typeof Chart === 'undefined') {
        return;
    }
    const colours = ['#0d6efd', '#dc3545', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#ffc107', '#6c757d',
        '#0dcaf0', '#d63384', '#adb5bd'];
    document.querySelectorAll('canvas[data-chart]').forEach(canvas => {
        const table = document.getElementById(canvas.dataset.table);
        if (!table) {
            return;
        }
        const headers = [...table.querySelectorAll('thead th')].slice(1).map(th => th.textContent.trim());
        const rows = [...table.querySelectorAll('tbody tr')];
        const labels = rows.map(tr => tr.querySelector('th').textContent.trim());
        const kind = canvas.dataset.chart;
        const datasets = headers.map((header, i) => ({
            label: header,
            data: rows.map(tr => Number(tr.querySelectorAll('td')[i].textContent.trim())),
            backgroundColor: kind === 'doughnut' ? colours : colours[i],
            borderColor: kind === 'doughnut' ? '#fff' : colours[i]
        }));
        new Chart(canvas, {
            type: kind === 'hbar' ? 'bar' : kind,
            data: {labels, datasets},
            options: {
                indexAxis: kind === 'hbar' ? 'y' : 'x',
                maintainAspectRatio: false,
                animation: false,
                plugins: {legend: {display: datasets.length > 1 || kind === 'doughnut'}},
                scales: kind === 'doughnut' ? {} : {x: {beginAtZero: true, ticks: {precision: 0}}, y: {beginAtZero: true, ticks: {precision: 0}}}
            }
        });
    });
});

namespace Geopolitics.Nlp.Corpus.Reporting;

/// <summary>The dashboard's inline style sheet and script: nothing is loaded from the network.</summary>
internal static class DashboardAssets
{
    public const string Style = """
        :root{--person:#1f77b4;--organization:#2ca02c;--gpe:#d62728;--location:#9467bd;--event:#ff7f0e;--claim:#0b6e99;--date:#b8860b}
        *{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
        header{background:#fff;border-bottom:1px solid #ddd;padding:12px 16px;position:sticky;top:0;z-index:2}
        h1{font-size:1.3em;margin:0 0 4px}h2{font-size:1.1em;margin:0 0 8px}
        main{display:grid;grid-template-columns:1fr 1fr;gap:16px;padding:16px;max-width:1400px;margin:auto}
        section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px;min-width:0}
        #timeline-section{grid-column:1/-1}
        form{display:flex;flex-wrap:wrap;gap:8px;align-items:end}label{display:flex;flex-direction:column;font-size:.85em}
        select,input,button{font:inherit;padding:4px 6px}select{max-width:18em}
        .counts{color:#555;font-size:.9em;margin:0}
        svg{width:100%;height:auto;display:block}
        .pt{cursor:pointer;opacity:.8}.pt.claim{fill:var(--claim)}.pt.event{fill:var(--date)}.pt:hover{opacity:1;stroke:#000}
        .axis{stroke:#999}.tick{font-size:11px;fill:#555}
        table{border-collapse:collapse;width:100%;font-size:.9em}td,th{padding:2px 6px;border-bottom:1px solid #eee;text-align:left}td.n{text-align:right}
        .type{font-weight:600;margin:10px 0 4px}.PERSON{color:var(--person)}.ORGANIZATION{color:var(--organization)}.GPE{color:var(--gpe)}
        .LOCATION{color:var(--location)}.EVENT{color:var(--event)}
        details{border-top:1px solid #eee;padding:4px 0}summary{cursor:pointer;font-weight:600}
        ul{margin:4px 0;padding-left:18px}li{margin:2px 0}time{color:#555;font-size:.85em;margin-right:4px}
        .kind{font-size:.75em;border:1px solid #ccc;border-radius:3px;padding:0 3px;margin-right:4px}.hedged{font-style:italic}
        .edge{stroke:#0b6e99;stroke-opacity:.45}.node{stroke:#fff;stroke-width:1.5}.node.speaks{fill:var(--claim)}.node.about{fill:var(--date)}
        .label{font-size:11px;fill:#222}
        [hidden]{display:none!important}
        @media (max-width:800px){main{grid-template-columns:1fr;padding:8px}header{position:static}}
        @media print{header{position:static}}
        """;

    // Filters by data attributes only: no text from the corpus ever passes through the script.
    public const string Script = """
        (function(){
          var sel=document.getElementById('f-entity'),from=document.getElementById('f-from'),to=document.getElementById('f-to');
          var svg=document.getElementById('timeline'),pts=[].slice.call(svg.querySelectorAll('.pt'));
          var lo=Date.parse(svg.dataset.from),hi=Date.parse(svg.dataset.to),view=[lo,hi],L=40,W=920,day=864e5;
          function d(s){return Date.parse(s)}
          function iso(t){return new Date(t).toISOString().slice(0,10)}
          function keep(el){
            var e=sel.value,ds=el.dataset.date;
            if(e&&('|'+el.dataset.entities+'|').indexOf('|'+e+'|')<0)return false;
            if(ds&&from.value&&ds<from.value)return false;
            if(ds&&to.value&&ds>to.value)return false;
            return true}
          function draw(){
            var a=view[0],b=Math.max(view[1],view[0]+day),shown=0;
            pts.forEach(function(p){var t=d(p.dataset.date),ok=keep(p)&&t>=a&&t<=b;p.hidden=!ok;
              if(ok){shown++;p.setAttribute('cx',(L+W*(t-a)/(b-a)).toFixed(1))}});
            document.getElementById('t-from').textContent=iso(a);document.getElementById('t-to').textContent=iso(b);
            document.getElementById('t-shown').textContent=shown}
          function apply(){
            document.querySelectorAll('[data-filter]').forEach(function(el){el.hidden=!keep(el)});
            document.querySelectorAll('details.speaker').forEach(function(s){s.hidden=!s.querySelector('li:not([hidden])')});
            if(from.value)view[0]=d(from.value);else view[0]=lo;
            if(to.value)view[1]=d(to.value);else view[1]=hi;
            draw()}
          function zoom(f,c){var a=view[0],b=view[1],m=c===undefined?(a+b)/2:c,h=(b-a)*f/2;view=[Math.max(lo,m-h),Math.min(hi,m+h)];draw()}
          document.getElementById('zoom-in').onclick=function(){zoom(.5)};
          document.getElementById('zoom-out').onclick=function(){zoom(2)};
          document.getElementById('zoom-reset').onclick=function(){view=[lo,hi];draw()};
          svg.addEventListener('wheel',function(ev){ev.preventDefault();var r=svg.getBoundingClientRect(),x=(ev.clientX-r.left)/r.width*1000;
            zoom(ev.deltaY<0?.8:1.25,view[0]+(view[1]-view[0])*Math.min(1,Math.max(0,(x-L)/W)))},{passive:false});
          [sel,from,to].forEach(function(el){el.addEventListener('change',apply)});
          document.getElementById('f-reset').onclick=function(){sel.value='';from.value='';to.value='';apply()};
          apply();
        })();
        """;
}

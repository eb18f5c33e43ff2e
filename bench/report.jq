# report.jq: the rows of `make bench`'s table from the parts' JSON (see report.sh).
# Each row: name, median, min, max (null where a part gives one figure), target (text),
# met ("yes", "no", or null without a target).

def row(name; m; lo; hi; op; limit):
  { name: name, median: m, min: lo, max: hi,
    target: (if limit == null then null else "\(op) \(limit)" end),
    met: (if limit == null or m == null then null
          elif (op == ">=" and m >= limit) or (op == "<" and m < limit) then "yes"
          else "no" end) };

def ratio_row(s; a; b; op; limit):
  ($mail.ratios // [] | map(select(.stream == s and .of == a and .to == b)) | .[0]) as $r
  | if $r == null then empty
    else row("\(s): \(a) / \(b)"; $r.median; $r.min; $r.max; op; limit) end;

# A comparison of the paired design (bench/pairs.sh): the median of the pairs' ratios and,
# in the min and max columns, its 95 % bootstrap interval; the verdict as pair-stats gave
# it ("met" only when the whole interval clears the target, "undecided (interval a–b)"
# when it straddles it; "fair …" or "biased …" for an A/A check).
def paired_row:
  { name: "\(.stream): \(.of) / \(.to), \(.pairs) pairs (95 % interval)",
    median: .median, min: .ci_low, max: .ci_high, target: .target, met: .verdict };

# dunmail's added latency (prefix "") or the no-op milter's ("noop_"), over no milter.
def latency_row(prefix; kind; q; limit):
  ($mail.latency[kind]["\(prefix)added_p\(q)_us"] // null) as $l
  | if $l == null or $l.median == null then empty
    else row("latency added\(if prefix == "" then "" else " by noop" end), \(kind) p\(q) (µs)";
             $l.median; $l.min; $l.max; "<"; limit) end;

def one(name; v; op; limit): if v == null then empty else row(name; v; null; null; op; limit) end;

{
  parts: { mail: $mail, spool: $spool, replies: $replies, invoices: $invoices,
           scheduler: $scheduler },
  table: [
    # 1a: the whole mix, then the mail that is none of dunmail's business
    ratio_row("mix"; "noop"; "none"; null; null),
    ratio_row("mix"; "opendkim"; "none"; null; null),
    ratio_row("mix"; "dunmail"; "none"; null; null),
    ratio_row("mix"; "dunmail"; "noop"; ">="; 0.95),
    ratio_row("mix"; "dunmail"; "opendkim"; ">="; 1.2),
    ratio_row("plain"; "noop"; "none"; null; null),
    ratio_row("plain"; "opendkim"; "none"; null; null),
    ratio_row("plain"; "dunmail"; "none"; null; null),
    ratio_row("plain"; "dunmail"; "noop"; ">="; 0.99),
    (($mail.paired // [])[] | paired_row),
    latency_row(""; "ordinary"; 50; null),
    latency_row(""; "ordinary"; 99; 1000),
    latency_row(""; "reply"; 50; null),
    latency_row(""; "reply"; 99; 5000),
    latency_row(""; "invoice"; 50; null),
    latency_row(""; "invoice"; 99; 5000),
    latency_row("noop_"; "ordinary"; 50; null),
    latency_row("noop_"; "ordinary"; 99; null),
    (if $mail.rss == null then empty else
      one("milter VmRSS, \($mail.rss.sessions) sessions held (MB)"; $mail.rss.rss_held_kb / 1024; "<"; 20),
      one("milter VmHWM, \($mail.rss.sessions) messages at once (MB)"; $mail.rss.hwm_kb / 1024; "<"; 20)
    end),
    # durability: the spool write path in isolation
    (if $spool == null then empty else
      ($spool.ways | to_entries[] | select(.key != "nosync")
       | row("spool, \($spool.threads) threads: \(.key) / nosync"; .value.ratio_median;
             .value.ratio_min; .value.ratio_max; null; null))
    end),
    # 1b
    (if $replies == null then empty else
      one("1b replies: parse + model / parse"; $replies.ratio_to_parse; null; null),
      one("1b replies read per second, one core"; $replies.replies_per_second; ">="; 5000)
    end),
    (if $invoices == null then empty else
      row("1b invoices: extract / parse"; $invoices.ratio_median; $invoices.ratio_min;
          $invoices.ratio_max; ">="; 0.5)
    end),
    # 1c: every size's pass, walk and listing (time and peak memory), then the growths
    (if $scheduler == null then empty else
      (($scheduler.runs // [])[]
       | "1c \(.invoices) invoices, \(.due_share * 100)% due" as $at
       | ("pass", "walk", "listing") as $name | (.[$name] // {}) as $ph
       | one("\($at): \($name) s"; $ph.seconds; null; null),
         one("\($at): \($name) peak RSS (MB)"; $ph.peak_rss_mb; null; null)),
      ($scheduler | to_entries[] | select(.value | type == "number")
       | one("1c growth \(.key)"; .value; null; null))
    end),
    # 1d
    (if $mail.reminders == null then empty else
      one("1d reminders: dunmaild / smtp-source"; $mail.reminders.ratio; null; null),
      one("1d reminders submitted per second"; $mail.reminders.dunmaild_per_sec; null; null)
    end)
  ]
}

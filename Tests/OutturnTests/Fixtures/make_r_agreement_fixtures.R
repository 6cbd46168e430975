# Reference values from R for the trend, Theil-Sen, Mann-Kendall, variance-decomposition and backtest routines,
# on R's own annual series and grouped data (nobody tuned against them), written to r_agreement.json.
#   trend:       lm(y ~ year): slope, its standard error, t, p, R^2.
#   Theil-Sen:   the code of trend::sens.slope (Pohlert's package, not in Debian; reproduced here line for
#                line): median pairwise slope; Sen's interval from ranks round((N -+ C)/2) (+ 1), C = z sqrt(Var S).
#   Mann-Kendall: S, and Kendall's tau and p from cor.test(year, y, method = "kendall"): exact for n <= 10
#                without ties, else the normal approximation with continuity correction (continuity = TRUE).
#   variance:    anova(lm(y ~ group)): between and within sums of squares, F, p.
#   backtests:   at each origin o >= 4, forecast::naive, rwf(drift = TRUE) and tslm(y ~ trend) on y[1:o],
#                one and two years ahead: the mean and the 95% interval.
# Run: Rscript make_r_agreement_fixtures.R   (R 4.2, forecast 8.20)
suppressMessages({library(forecast); library(jsonlite)})
sens <- function(x, level = 0.95) {
  n <- length(x); d <- c()
  for (i in 1:(n - 1)) for (j in (i + 1):n) d <- c(d, (x[j] - x[i]) / (j - i))
  t <- table(x); t <- t[t > 1]
  varS <- (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5))) / 18
  C <- qnorm(1 - (1 - level) / 2) * sqrt(varS); N <- length(d); s <- sort(d)
  lo <- round((N - C) / 2); up <- round((N + C) / 2 + 1)
  list(slope = median(d), lower = if (lo >= 1) s[lo] else NA, upper = if (up <= N) s[up] else NA)
}
mk <- function(x) {
  n <- length(x); S <- 0
  for (i in 1:(n - 1)) for (j in (i + 1):n) S <- S + sign(x[j] - x[i])
  exact <- n <= 10 && !any(duplicated(x))
  ct <- suppressWarnings(cor.test(seq_len(n), x, method = "kendall", exact = exact, continuity = !exact))
  list(S = S, tau = unname(ct$estimate), p = ct$p.value, exact = exact)
}
backtest <- function(x) {
  out <- list()
  for (o in 4:(length(x) - 1)) {
    h <- min(2, length(x) - o); train <- ts(x[1:o])
    fits <- list(naive = naive(train, h = h, level = 95), drift = rwf(train, h = h, drift = TRUE, level = 95),
                 linear = forecast(tslm(train ~ trend), h = h, level = 95))
    for (m in names(fits)) {
      f <- fits[[m]]
      out[[length(out) + 1]] <- list(method = m, origin = o, horizon = I(seq_len(h)), mean = I(as.numeric(f$mean)),
                                     lower = I(as.numeric(f$lower)), upper = I(as.numeric(f$upper)))
    }
  }
  out
}
series <- list(
  nile = list(start = 1871, y = as.numeric(Nile)),
  lake_huron = list(start = 1875, y = as.numeric(LakeHuron)),
  airmiles = list(start = 1937, y = as.numeric(airmiles)),
  airmiles_9 = list(start = 1937, y = as.numeric(airmiles)[1:9]),
  lake_huron_20 = list(start = 1875, y = as.numeric(LakeHuron)[1:20]),
  nile_12 = list(start = 1871, y = as.numeric(Nile)[1:12])
)
for (name in names(series)) {
  s <- series[[name]]; year <- s$start + seq_along(s$y) - 1
  f <- summary(lm(s$y ~ year))
  series[[name]]$trend <- list(slope = f$coefficients[2, 1], se = f$coefficients[2, 2], t = f$coefficients[2, 3],
                               p = f$coefficients[2, 4], r_squared = f$r.squared)
  series[[name]]$theil_sen <- sens(s$y)
  series[[name]]$mann_kendall <- mk(s$y)
  if (length(s$y) <= 24) series[[name]]$backtest <- backtest(s$y)
}
groups <- list(
  plant_growth = list(group = as.integer(PlantGrowth$group), y = PlantGrowth$weight),
  insect_sprays = list(group = as.integer(InsectSprays$spray), y = InsectSprays$count)
)
for (name in names(groups)) {
  g <- groups[[name]]; a <- anova(lm(g$y ~ factor(g$group)))
  groups[[name]]$anova <- list(between_ss = a[1, 2], within_ss = a[2, 2], f = a[1, 4], p = a[1, 5])
}
write_json(list(series = series, groups = groups), "r_agreement.json", digits = NA, auto_unbox = TRUE)
cat("wrote r_agreement.json\n")

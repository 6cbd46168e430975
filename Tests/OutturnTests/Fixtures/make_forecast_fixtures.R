# Reference forecasts from R's forecast package (8.20), written to forecasts.json: for a few fixed series,
# rwf (naive), rwf(drift = TRUE), meanf, thetaf (point forecasts and 80/95% intervals, h = 4), holt with fixed
# alpha, beta and initial = "simple" (exact recursions), and ets models ANN, AAN, AAdN fitted by R (their
# likelihood and forecasts: our optimiser must reach a likelihood at least as good).
# Run: Rscript make_forecast_fixtures.R
suppressMessages({library(forecast); library(jsonlite)})
series <- list(
  case_a = c(100, 104, 107.5, 113, 115.2, 121, 124.8, 131.5, 133),
  budget = c(5230.1, 5488.7, 5702.3, 6011.9, 6120.4, 6544.0, 6890.2, 7012.8, 7390.5, 7702.1, 7915.3, 8380.6),
  rate = c(88.2, 91.5, 86.9, 90.3, 92.8, 89.1, 93.4, 91.7, 94.0, 92.2, 95.1),
  wiggly = c(410, 388, 431, 452, 439, 470, 455, 498, 486, 512, 507, 540, 529, 561)
)
fc <- function(f) list(mean = as.numeric(f$mean), lower80 = as.numeric(f$lower[, 1]), upper80 = as.numeric(f$upper[, 1]),
                        lower95 = as.numeric(f$lower[, 2]), upper95 = as.numeric(f$upper[, 2]))
out <- list()
for (name in names(series)) {
  y <- ts(series[[name]], start = 2010)
  e <- list(y = as.numeric(y))
  e$naive <- fc(rwf(y, h = 4))
  e$drift <- fc(rwf(y, h = 4, drift = TRUE))
  e$mean <- fc(meanf(y, h = 4))
  th <- thetaf(y, h = 4)
  e$theta <- c(fc(th), list(alpha = unname(th$model$alpha)))
  ho <- holt(y, h = 4, alpha = 0.8, beta = 0.2, initial = "simple")
  e$holt_fixed <- c(fc(ho), list(level = unname(tail(ho$model$states[, "l"], 1)), slope = unname(tail(ho$model$states[, "b"], 1))))
  for (m in list(c("ANN", FALSE), c("AAN", FALSE), c("AAN", TRUE))) {
    fit <- ets(y, model = m[1], damped = as.logical(m[2]), opt.crit = "lik")
    key <- paste0("ets_", m[1], ifelse(m[2] == "TRUE", "d", ""))
    e[[key]] <- c(fc(forecast(fit, h = 4)), list(sse = sum(residuals(fit)^2), loglik = fit$loglik, par = as.list(fit$par), sigma2 = fit$sigma2))
  }
  out[[name]] <- e
}
write_json(out, "forecasts.json", digits = NA, auto_unbox = TRUE)
cat("wrote forecasts.json\n")

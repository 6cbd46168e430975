# Reference values for LinearRegression from R's lm (R 4.2, stats), written to regression.json.
# Cases: golden case A of REFERENCE.md (trend on raw years), Longley (NIST data, ill-conditioned),
# a model without intercept, a weighted model, a rank-deficient model, and a perfect fit.
# Run: Rscript make_regression_fixtures.R
library(jsonlite)
stats_of <- function(fit, level = 0.95) {
  s <- summary(fit)
  cf <- coef(fit)
  est <- !is.na(cf)
  tab <- s$coefficients
  ci <- suppressWarnings(confint(fit, level = level))
  fs <- s$fstatistic
  ll <- logLik(fit)
  k <- attr(ll, "df")
  n <- length(residuals(fit))
  list(
    coefficients = unname(ifelse(est, cf, NA)),
    standard_errors = unname({x <- rep(NA, length(cf)); x[est] <- tab[, 2]; x}),
    t = unname({x <- rep(NA, length(cf)); x[est] <- tab[, 3]; x}),
    p = unname({x <- rep(NA, length(cf)); x[est] <- tab[, 4]; x}),
    lower = unname(ci[, 1]), upper = unname(ci[, 2]),
    sigma = s$sigma, r_squared = s$r.squared, adj_r_squared = s$adj.r.squared,
    f = if (is.null(fs)) NA else unname(fs[1]),
    f_p = if (is.null(fs)) NA else unname(pf(fs[1], fs[2], fs[3], lower.tail = FALSE)),
    log_lik = as.numeric(ll), aic = AIC(fit), bic = BIC(fit), aicc = AIC(fit) + 2 * k * (k + 1) / (n - k - 1),
    leverage = unname(hatvalues(fit)), residuals = unname(residuals(fit)),
    aliased = which(!est) - 1
  )
}
out <- list()
year <- 2015:2023
y <- c(100, 104, 107.5, 113, 115.2, 121, 124.8, 131.5, 133)
out$case_a <- c(list(y = y, x = list(year), names = "year", intercept = TRUE), stats_of(lm(y ~ year)))

data(longley)
L <- longley
out$longley <- c(list(y = L$Employed, x = unname(as.list(L[, 1:6])), names = names(L)[1:6], intercept = TRUE),
                 stats_of(lm(Employed ~ ., data = L)))

set.seed(7)
x1 <- round(runif(12, 1, 10), 2); x2 <- round(rnorm(12), 3)
y2 <- round(3 * x1 - 2 * x2 + rnorm(12), 3)
out$no_intercept <- c(list(y = y2, x = list(x1, x2), names = c("x1", "x2"), intercept = FALSE), stats_of(lm(y2 ~ 0 + x1 + x2)))
w <- round(runif(12, 0.5, 3), 3)
out$weighted <- c(list(y = y2, x = list(x1, x2), names = c("x1", "x2"), intercept = TRUE, weights = w),
                  stats_of(lm(y2 ~ x1 + x2, weights = w)))
x3 <- 2 * x1 - x2
out$rank_deficient <- c(list(y = y2, x = list(x1, x2, x3), names = c("x1", "x2", "x3"), intercept = TRUE),
                        stats_of(lm(y2 ~ x1 + x2 + x3)))
write_json(out, "regression.json", digits = NA, auto_unbox = TRUE, na = "null")
cat("wrote regression.json\n")

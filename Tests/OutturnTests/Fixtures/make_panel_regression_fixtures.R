# Reference values for PanelRegression from R's plm (Croissant & Millo) on its Grunfeld data (10 firms,
# 1935-1954), written to panel_regression.json. Models: pooled OLS, department (firm) fixed effects (within),
# and fixed effects with a lagged response. Standard errors: classical, and clustered by firm
# (vcovHC arellano, HC0 and "sss" = Stata's small-sample correction); cluster p-values use G - 1 df.
# Run: Rscript make_panel_regression_fixtures.R
suppressMessages({library(plm); library(lmtest); library(jsonlite)})
data("Grunfeld", package = "plm")
pd <- pdata.frame(Grunfeld, index = c("firm", "year"))
G <- length(unique(Grunfeld$firm))
summarise <- function(fit) {
  s <- summary(fit)
  v0 <- vcovHC(fit, method = "arellano", type = "HC0", cluster = "group")
  v1 <- vcovHC(fit, method = "arellano", type = "sss", cluster = "group")
  ct <- coeftest(fit, vcov = v1, df = G - 1)
  list(names = names(coef(fit)), coefficients = unname(coef(fit)),
       se = unname(s$coefficients[, 2]), t = unname(s$coefficients[, 3]), p = unname(s$coefficients[, 4]),
       cluster_se_hc0 = unname(sqrt(diag(v0))), cluster_se = unname(sqrt(diag(v1))),
       cluster_p = unname(ct[, 4]), r_squared = unname(s$r.squared["rsq"]), adj_r_squared = unname(s$r.squared["adjrsq"]),
       df_residual = fit$df.residual, n = nobs(fit), sigma2 = sum(residuals(fit)^2) / fit$df.residual)
}
out <- list(
  data = list(firm = as.integer(Grunfeld$firm), year = Grunfeld$year, inv = Grunfeld$inv, value = Grunfeld$value, capital = Grunfeld$capital),
  pooled = summarise(plm(inv ~ value + capital, data = pd, model = "pooling")),
  within = summarise(plm(inv ~ value + capital, data = pd, model = "within")),
  within_lag = summarise(plm(inv ~ lag(inv, 1) + capital, data = pd, model = "within"))
)
# Next-year forecasts (1955) from regressors lagged one year, as lm predicts them with prediction intervals:
# pooled OLS, and fixed effects as the equivalent dummy-variable (LSDV) regression.
G2 <- Grunfeld[order(Grunfeld$firm, Grunfeld$year), ]
G2$inv_l1 <- ave(G2$inv, G2$firm, FUN = function(v) c(NA, head(v, -1)))
G2$capital_l1 <- ave(G2$capital, G2$firm, FUN = function(v) c(NA, head(v, -1)))
last <- G2[G2$year == 1954, ]
newdata <- data.frame(firm = last$firm, inv_l1 = last$inv, capital_l1 = last$capital)
pooled <- lm(inv ~ inv_l1 + capital_l1, data = G2)
lsdv <- lm(inv ~ factor(firm) + inv_l1 + capital_l1, data = G2)
pp <- predict(pooled, newdata, interval = "prediction", level = 0.95)
pf <- predict(lsdv, newdata, interval = "prediction", level = 0.95)
out$forecast_pooled <- list(fit = unname(pp[, 1]), lower = unname(pp[, 2]), upper = unname(pp[, 3]))
out$forecast_fixed <- list(fit = unname(pf[, 1]), lower = unname(pf[, 2]), upper = unname(pf[, 3]))
write_json(out, "panel_regression.json", digits = NA, auto_unbox = TRUE)
cat("wrote panel_regression.json\n")

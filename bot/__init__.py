"""Pressbox: reads football news into a store of facts and answers questions about them."""
